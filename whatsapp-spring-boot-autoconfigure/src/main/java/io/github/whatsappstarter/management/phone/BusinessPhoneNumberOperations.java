package io.github.whatsappstarter.management.phone;

import java.util.List;

import io.github.whatsappstarter.management.GraphCalls;
import org.jspecify.annotations.Nullable;

/**
 * The business phone numbers of one WhatsApp Business Account. Not messages: no throughput slot,
 * no retry; Meta counts these reads against the account's call-rate limits (code 80007 or 4 throw
 * {@link io.github.whatsappstarter.error.ApiRateLimitException}), so cache what you poll.
 *
 * @author whatsapp-spring-boot-starter
 * @since 0.3.0
 */
public interface BusinessPhoneNumberOperations {

	/**
	 * Returns the operations over a client.
	 * @param client the client
	 * @param businessAccountId the WhatsApp Business Account id, or {@code null} when not
	 * configured ({@link #list()} then fails)
	 * @return the operations
	 */
	static BusinessPhoneNumberOperations of(GraphCalls graph, @Nullable String businessAccountId) {
		return new GraphBusinessPhoneNumbers(graph, businessAccountId);
	}

	/**
	 * Lists every number of the account ({@code GET /{waba-id}/phone_numbers}, all pages).
	 * @return the numbers
	 */
	List<BusinessPhoneNumber> list();

	/**
	 * Reads one number ({@code GET /{phone-number-id}}).
	 * @param phoneNumberId the phone number id
	 * @return the number
	 */
	BusinessPhoneNumber get(String phoneNumberId);

}
