package io.github.whatsappstarter.management.profile;

import io.github.whatsappstarter.management.GraphCalls;

/**
 * The business profile of one business phone number
 * ({@code /{phone-number-id}/whatsapp_business_profile}). Not a message: no throughput slot, no
 * retry; Meta's call-rate limits throw {@link io.github.whatsappstarter.error.ApiRateLimitException}.
 *
 * @author whatsapp-spring-boot-starter
 * @since 0.3.0
 */
public interface BusinessProfileOperations {

	/**
	 * Returns the operations of a number over a client.
	 * @param client the client
	 * @param phoneNumberId the business phone number id
	 * @return the operations
	 */
	static BusinessProfileOperations of(GraphCalls graph, String phoneNumberId) {
		return new GraphBusinessProfile(graph, phoneNumberId);
	}

	/**
	 * Reads the profile.
	 * @return the profile
	 */
	BusinessProfile get();

	/**
	 * Changes the fields the update sets, leaving the others.
	 * @param update the checked update
	 */
	void update(BusinessProfileUpdate update);

}
