package io.github.whatsappstarter.retry;

import io.github.whatsappstarter.error.ApiRateLimitException;
import io.github.whatsappstarter.error.MaintenanceException;
import io.github.whatsappstarter.error.PairRateLimitException;
import io.github.whatsappstarter.error.SpamRateLimitException;
import io.github.whatsappstarter.error.ThroughputLimitException;
import io.github.whatsappstarter.error.WhatsAppOutcomeUnknownException;
import io.github.whatsappstarter.error.WhatsAppRateLimitedException;
import io.github.whatsappstarter.error.WhatsAppServerException;
import io.github.whatsappstarter.error.WhatsAppTransportException;
import org.jspecify.annotations.Nullable;

/**
 * Classifies a failure into a {@link RetryClass} by the translated exception type, so retry rules
 * never look at raw HTTP statuses. The starter's own limiter refusals (wait exceeded, messaging
 * limit) are never retried here: the limiter already waited as long as allowed.
 *
 * @author whatsapp-spring-boot-starter
 * @since 0.1.0
 */
public final class WhatsAppRetryClassifier {

	private WhatsAppRetryClassifier() {
	}

	/**
	 * Classifies a failure.
	 * @param failure the exception thrown by a send attempt
	 * @return its retry class
	 */
	public static RetryClass classify(@Nullable Throwable failure) {
		if (failure instanceof PairRateLimitException) {
			return RetryClass.PAIR_RATE;
		}
		if (failure instanceof ThroughputLimitException) {
			return RetryClass.THROUGHPUT;
		}
		if (failure instanceof SpamRateLimitException) {
			return RetryClass.NEVER;
		}
		if (failure instanceof ApiRateLimitException) {
			return RetryClass.API_RATE_LIMIT;
		}
		if (failure instanceof WhatsAppRateLimitedException) {
			// the starter's own refusals, and a 429 without a Graph body
			return RetryClass.NEVER;
		}
		if (failure instanceof MaintenanceException) {
			return RetryClass.MAINTENANCE;
		}
		if (failure instanceof WhatsAppServerException || failure instanceof WhatsAppTransportException) {
			return RetryClass.TRANSIENT;
		}
		if (failure instanceof WhatsAppOutcomeUnknownException) {
			return RetryClass.OUTCOME_UNKNOWN;
		}
		return RetryClass.NEVER;
	}

}
