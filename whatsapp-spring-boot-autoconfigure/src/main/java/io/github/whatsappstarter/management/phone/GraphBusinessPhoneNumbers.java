package io.github.whatsappstarter.management.phone;

import java.util.List;

import io.github.whatsappstarter.management.GraphCalls;
import io.github.whatsappstarter.management.GraphRequest;
import io.github.whatsappstarter.management.GraphJson;
import io.github.whatsappstarter.management.GraphPage;
import io.github.whatsappstarter.management.ManagementChecks;
import org.jspecify.annotations.Nullable;

import org.springframework.util.Assert;

/**
 * {@link BusinessPhoneNumberOperations} over the Graph API; a single number is read through
 * {@code GET /{phone-number-id}?fields=...}, the read the health check uses.
 */
final class GraphBusinessPhoneNumbers implements BusinessPhoneNumberOperations {

	private static final ManagementChecks checks = new ManagementChecks("phone number request");

	private final GraphCalls graph;

	private final @Nullable String businessAccountId;

	GraphBusinessPhoneNumbers(GraphCalls graph, @Nullable String businessAccountId) {
		Assert.notNull(graph, "graph must not be null");
		this.graph = graph;
		this.businessAccountId = businessAccountId;
	}

	@Override
	public List<BusinessPhoneNumber> list() {
		checks.check(this.businessAccountId != null && !this.businessAccountId.isBlank(), "businessAccountId",
				"is not set; configure whatsapp.business-account-id");
		String account = this.businessAccountId;
		return GraphPage.stream((after) -> page(account, after)).toList();
	}

	private GraphPage<BusinessPhoneNumber> page(String account, @Nullable String after) {
		byte[] body = this.graph.call(GraphRequest.get(account, "phone_numbers")
			.query("fields", BusinessPhoneNumber.FIELDS)
			.query("after", after));
		return GraphJson.page(GraphJson.read(body, "the phone number list"), BusinessPhoneNumber::parse);
	}

	@Override
	public BusinessPhoneNumber get(String phoneNumberId) {
		checks.check(phoneNumberId != null && phoneNumberId.matches("[0-9]+"), "phoneNumberId",
				"must be the numeric id of a business phone number");
		return BusinessPhoneNumber.parse(this.graph.call(GraphRequest.get(phoneNumberId).query("fields", BusinessPhoneNumber.FIELDS)));
	}

	@Override
	public String toString() {
		return "BusinessPhoneNumberOperations of account " + this.businessAccountId;
	}

}
