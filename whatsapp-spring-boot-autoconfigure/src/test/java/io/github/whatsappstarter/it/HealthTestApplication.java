package io.github.whatsappstarter.it;

import com.hazelcast.core.HazelcastInstance;
import io.github.whatsappstarter.ratelimit.BucketRateLimiter;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * The application the actuator integration tests of {@code Health*}, {@code Metrics*} and
 * {@code Endpoint*} share (one cached context): a Hazelcast member on loopback and a limiter on it;
 * {@link HealthTestBase} adds the simulator.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
class HealthTestApplication {

	static final String ACCESS_TOKEN = "it-s3cr3t-access-token";

	static final String APP_SECRET = "it-webhook-app-s3cr3t";

	@Bean(destroyMethod = "shutdown")
	HazelcastInstance hazelcastInstance() {
		return HealthItSupport.loopbackMember("health-it");
	}

	@Bean(destroyMethod = "close")
	BucketRateLimiter whatsAppRateLimiter(HazelcastInstance hazelcast) {
		return HealthItSupport.limiter(hazelcast);
	}

}
