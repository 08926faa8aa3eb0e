package io.github.whatsappstarter.management.profile;

import io.github.whatsappstarter.management.GraphCalls;
import io.github.whatsappstarter.management.GraphRequest;
import io.github.whatsappstarter.management.GraphJson;
import io.github.whatsappstarter.management.ManagementChecks;

import org.springframework.util.Assert;

/**
 * {@link BusinessProfileOperations} over the Graph API.
 */
final class GraphBusinessProfile implements BusinessProfileOperations {

	static final String FIELDS = "about,address,description,email,profile_picture_url,websites,vertical";

	private static final String EDGE = "whatsapp_business_profile";

	private static final ManagementChecks checks = new ManagementChecks("business profile");

	private final GraphCalls graph;

	private final String phoneNumberId;

	GraphBusinessProfile(GraphCalls graph, String phoneNumberId) {
		Assert.notNull(graph, "graph must not be null");
		Assert.hasText(phoneNumberId, "phoneNumberId must not be empty");
		this.graph = graph;
		this.phoneNumberId = phoneNumberId;
	}

	@Override
	public BusinessProfile get() {
		byte[] body = this.graph.call(GraphRequest.get(this.phoneNumberId, EDGE).query("fields", FIELDS));
		return BusinessProfile.parse(GraphJson.read(body, "the business profile"));
	}

	@Override
	public void update(BusinessProfileUpdate update) {
		checks.present(update, "update");
		update.check();
		this.graph.call(GraphRequest.post(this.phoneNumberId, EDGE).body(update.toJson()));
	}

	@Override
	public String toString() {
		return "BusinessProfileOperations of number " + this.phoneNumberId;
	}

}
