package io.github.whatsappstarter.test;

import io.github.whatsappstarter.test.simulator.WhatsAppSimulator;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * Points a Spring test at a {@link WhatsAppSimulator}: call {@link #register} from a
 * {@code @DynamicPropertySource} method to set {@value #BASE_URL}, {@value #PHONE_NUMBER_ID},
 * {@value #ACCESS_TOKEN} and {@value #BUSINESS_ACCOUNT_ID}.
 *
 * @author whatsapp-spring-boot-starter
 * @since 0.1.0
 */
public final class WhatsAppSimulatorProperties {

	/** Property for the API base URL. */
	public static final String BASE_URL = "whatsapp.api.base-url";

	/** Property for the phone-number id. */
	public static final String PHONE_NUMBER_ID = "whatsapp.phone-number-id";

	/** Property for the access token. */
	public static final String ACCESS_TOKEN = "whatsapp.access-token";

	/** Property for the app secret that signs webhooks. */
	public static final String WEBHOOK_APP_SECRET = "whatsapp.webhook.app-secret";

	/** Property for the WhatsApp Business Account id. */
	public static final String BUSINESS_ACCOUNT_ID = "whatsapp.business-account-id";

	private WhatsAppSimulatorProperties() {
	}

	/**
	 * Register the simulator's base URL, phone-number id, access token and business account id.
	 * @param registry the registry handed to a {@code @DynamicPropertySource} method
	 * @param simulator the running simulator
	 */
	public static void register(DynamicPropertyRegistry registry, WhatsAppSimulator simulator) {
		registry.add(BASE_URL, simulator::baseUrl);
		registry.add(PHONE_NUMBER_ID, simulator::phoneNumberId);
		registry.add(ACCESS_TOKEN, simulator::accessToken);
		registry.add(BUSINESS_ACCOUNT_ID, simulator::businessAccountId);
	}

}
