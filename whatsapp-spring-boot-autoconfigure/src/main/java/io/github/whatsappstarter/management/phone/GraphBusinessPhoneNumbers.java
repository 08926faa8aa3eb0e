package io.github.whatsappstarter.management.phone;

import java.util.List;

import io.github.whatsappstarter.client.CloudApiClient;
import io.github.whatsappstarter.client.GraphRequest;
import io.github.whatsappstarter.management.GraphJson;
import io.github.whatsappstarter.management.GraphPage;
import io.github.whatsappstarter.management.ManagementChecks;
import org.jspecify.annotations.Nullable;

import org.springframework.util.Assert;

/**
 * {@link BusinessPhoneNumberOperations} over the Graph API; a single number is read through
 * {@link CloudApiClient#phoneNumberFields(String, String...)}, the read the health check uses.
 */
final class GraphBusinessPhoneNumbers implements BusinessPhoneNumberOperations {

	private static final ManagementChecks checks = new ManagementChecks("phone number request");

	private final CloudApiClient client;

	private final @Nullable String businessAccountId;

	GraphBusinessPhoneNumbers(CloudApiClient client, @Nullable String businessAccountId) {
		Assert.notNull(client, "client must not be null");
		this.client = client;
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
		byte[] body = this.client.graph(GraphRequest.get(account, "phone_numbers")
			.query("fields", BusinessPhoneNumber.FIELDS)
			.query("after", after));
		return GraphJson.page(GraphJson.read(body, "the phone number list"), BusinessPhoneNumber::parse);
	}

	@Override
	public BusinessPhoneNumber get(String phoneNumberId) {
		checks.check(phoneNumberId != null && phoneNumberId.matches("[0-9]+"), "phoneNumberId",
				"must be the numeric id of a business phone number");
		return BusinessPhoneNumber.parse(this.client.phoneNumberFields(phoneNumberId, BusinessPhoneNumber.FIELDS));
	}

	@Override
	public String toString() {
		return "BusinessPhoneNumberOperations of account " + this.businessAccountId;
	}

}
