package io.github.whatsappstarter.test.autoconfigure;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import io.github.whatsappstarter.test.simulator.SimulatorConfig;

import org.springframework.boot.autoconfigure.ImportAutoConfiguration;

/**
 * Annotation for a test class that wants a WhatsApp Cloud API simulator tied to its application context: the
 * simulator starts with the context on a free 127.0.0.1 port, {@code whatsapp.api.base-url},
 * {@code whatsapp.phone-number-id}, {@code whatsapp.access-token}, {@code whatsapp.business-account-id} (and, with {@link #webhooks()},
 * {@code whatsapp.webhook.app-secret}) point at it, it is a {@code WhatsAppSimulator} bean, it is reset after each
 * test method and closed with the context. Properties the test sets itself ({@code @SpringBootTest(properties=...)},
 * {@code @DynamicPropertySource}) win over the simulator's.
 * <p>
 * Tests with the same attributes share one cached context and so one simulator.
 *
 * @author whatsapp-spring-boot-starter
 * @since 0.1.0
 * @see io.github.whatsappstarter.test.assertj.WhatsAppSimulatorAssert
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ImportAutoConfiguration
public @interface AutoConfigureWhatsAppSimulator {

	/**
	 * Whether the simulator enforces Meta's throughput and pair limits at all.
	 * @return whether limits apply
	 */
	boolean limits() default true;

	/**
	 * Meta's throughput level the simulator enforces, in accepted messages per sliding second; from 1000 on, the
	 * number reports the {@code HIGH} level to a throughput read.
	 * @return messages per second
	 */
	int throughput() default 80;

	/**
	 * Messages to one recipient the simulator accepts in a burst before answering 131056.
	 * @return the pair burst
	 */
	int pairBurst() default 45;

	/**
	 * Time in which one message to a recipient is refilled after a burst, e.g. {@code 6s} or {@code 200ms}.
	 * @return the pair interval
	 */
	String pairInterval() default "6s";

	/**
	 * Median answer time of a message request, e.g. {@code 300ms}; {@code 0} answers at once.
	 * @return the latency median
	 */
	String latency() default "0";

	/**
	 * Lognormal spread of the latency; 0 makes it fixed, 0.4 is Meta-like.
	 * @return the sigma
	 */
	double latencySigma() default 0;

	/**
	 * The access token the simulator expects, and the one the application is given.
	 * @return the token
	 */
	String accessToken() default SimulatorConfig.DEFAULT_ACCESS_TOKEN;

	/**
	 * The default business phone-number id.
	 * @return the id
	 */
	String phoneNumberId() default SimulatorConfig.DEFAULT_PHONE_NUMBER_ID;

	/**
	 * Whether the simulator posts signed status webhooks (sent, delivered, read) to the application's webhook
	 * endpoint ({@code whatsapp.webhook.path} on the local web server, so a test with a web environment) and sets
	 * {@code whatsapp.webhook.app-secret} to {@link #appSecret()}. The endpoint itself is switched on by
	 * {@code whatsapp.webhook.enabled=true}.
	 * @return whether webhooks are posted
	 */
	boolean webhooks() default false;

	/**
	 * The app secret that signs the simulator's webhooks when {@link #webhooks()} is on.
	 * @return the app secret
	 */
	String appSecret() default "simulator-app-secret";

}
