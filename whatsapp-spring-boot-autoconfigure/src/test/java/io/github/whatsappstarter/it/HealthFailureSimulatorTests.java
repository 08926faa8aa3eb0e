package io.github.whatsappstarter.it;

import com.hazelcast.core.HazelcastInstance;
import io.github.whatsappstarter.client.WhatsAppOperations;
import io.github.whatsappstarter.error.WhatsAppAuthenticationException;
import io.github.whatsappstarter.message.WhatsAppMessage;
import io.github.whatsappstarter.ratelimit.BucketRateLimiter;
import io.github.whatsappstarter.test.autoconfigure.AutoConfigureWhatsAppSimulator;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * {@code /actuator/health} when the dependencies fail: the simulator rejects the application's
 * token (Graph 190, as after a token rotation: the test's own {@code whatsapp.access-token} wins over
 * the simulator's), and the limiter's Hazelcast member goes away.
 */
@SpringBootTest(classes = HealthFailureSimulatorTests.FailingApplication.class,
		webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "management.endpoint.health.show-details=always", "management.health.hazelcast.enabled=false",
				"whatsapp.health.cache-ttl=0s", "whatsapp.access-token=" + HealthFailureSimulatorTests.EXPIRED_TOKEN })
@AutoConfigureWhatsAppSimulator(limits = false, accessToken = "it-rotated-token")
class HealthFailureSimulatorTests {

	static final String EXPIRED_TOKEN = "it-expired-s3cr3t-token";

	@LocalServerPort
	private int port;

	@Autowired
	private WhatsAppOperations whatsApp;

	@Autowired
	private HazelcastInstance hazelcast;

	@Test
	void isDownWithGraphCode190AndAClearReasonWhenTheTokenIsRejected() throws Exception {
		HealthItSupport.Response response = HealthItSupport.get(this.port, "/actuator/health");
		assertThat(response.status()).as(response.body()).isEqualTo(503);
		JsonNode api = response.json().path("components").path("whatsApp");
		assertThat(api.path("status").asString()).isEqualTo("DOWN");
		assertThat(api.path("details").path("errorCode").asInt()).isEqualTo(190);
		assertThat(api.path("details").path("reason").asString()).contains("access token was rejected");
		assertThat(response.body()).doesNotContain(EXPIRED_TOKEN).doesNotContain("it-rotated-token");
	}

	@Test
	void isDegradedNotDownOnceTheGridIsGone() throws Exception {
		this.hazelcast.shutdown();
		assertThatExceptionOfType(WhatsAppAuthenticationException.class)
			.isThrownBy(() -> this.whatsApp.send(WhatsAppMessage.text("+15550006001", "via the fallback")));
		HealthItSupport.Response response = HealthItSupport.get(this.port, "/actuator/health");
		JsonNode limiter = response.json().path("components").path("whatsAppRateLimiter");
		assertThat(limiter.path("status").asString()).as(response.body()).isEqualTo("DEGRADED");
		assertThat(limiter.path("details").path("state").asString()).isEqualTo("DEGRADED");
		assertThat(limiter.path("details").path("backend").asString()).isEqualTo("hazelcast");
	}

	@SpringBootConfiguration
	@EnableAutoConfiguration
	static class FailingApplication {

		@Bean(destroyMethod = "shutdown")
		HazelcastInstance hazelcastInstance() {
			return HealthItSupport.loopbackMember("health-failure-it");
		}

		@Bean(destroyMethod = "close")
		BucketRateLimiter whatsAppRateLimiter(HazelcastInstance hazelcast) {
			return HealthItSupport.limiter(hazelcast);
		}

	}

}
