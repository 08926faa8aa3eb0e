package io.github.whatsappstarter.retry;

import java.time.Duration;

import io.github.whatsappstarter.error.ApiRateLimitException;
import io.github.whatsappstarter.error.GraphError;
import io.github.whatsappstarter.error.MaintenanceException;
import io.github.whatsappstarter.error.PairRateLimitException;
import io.github.whatsappstarter.error.SpamRateLimitException;
import io.github.whatsappstarter.error.ThroughputLimitException;
import io.github.whatsappstarter.error.WhatsAppAuthenticationException;
import io.github.whatsappstarter.error.WhatsAppClientException;
import io.github.whatsappstarter.error.WhatsAppOutcomeUnknownException;
import io.github.whatsappstarter.error.WhatsAppServerException;
import io.github.whatsappstarter.error.WhatsAppTransportException;
import io.github.whatsappstarter.error.WhatsAppValidationException;
import io.github.whatsappstarter.ratelimit.RateLimitWaitExceededException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class WhatsAppRetryClassifierTests {

	private static GraphError error(int code) {
		return GraphError.of(code, "(#" + code + ")");
	}

	@Test
	void classifiesThrottlingByLimit() {
		assertThat(WhatsAppRetryClassifier.classify(new PairRateLimitException("x", error(131056), 400, "1", null)))
			.isEqualTo(RetryClass.PAIR_RATE);
		assertThat(WhatsAppRetryClassifier.classify(new ThroughputLimitException("x", error(130429), 400, "1", null)))
			.isEqualTo(RetryClass.THROUGHPUT);
		assertThat(WhatsAppRetryClassifier.classify(new ApiRateLimitException("x", error(80007), 400, "1", null)))
			.isEqualTo(RetryClass.API_RATE_LIMIT);
		assertThat(WhatsAppRetryClassifier.classify(new MaintenanceException("x", error(131057), 500, "1")))
			.isEqualTo(RetryClass.MAINTENANCE);
	}

	@Test
	void anAccountRateLimitIsRetriedOnlyAfterMetasWaitAndOnlyWhenThatFitsTheTotalTime() {
		WhatsAppRetryPolicy policy = WhatsAppRetryPolicy.defaults();
		ApiRateLimitException unknown = new ApiRateLimitException("x", error(4), 400, "1", null);
		ApiRateLimitException twoMinutes = new ApiRateLimitException("x", error(4), 400, "1", Duration.ofMinutes(2));
		assertThat(policy.mayRetry(unknown, 1, Duration.ZERO)).as("no estimate: not retried within seconds").isFalse();
		assertThat(policy.rethrowsAsIs(unknown)).isTrue();
		assertThat(policy.mayRetry(twoMinutes, 1, Duration.ofMinutes(1))).isTrue();
		assertThat(policy.delayFor(twoMinutes, 1)).isEqualTo(Duration.ofMinutes(2));
		assertThat(policy.mayRetry(twoMinutes, 1, Duration.ofMinutes(4))).as("2 + 4 min > 5 min").isFalse();
		assertThat(policy.rethrowsAsIs(twoMinutes)).as("the caller sees retryAfter()").isTrue();
	}

	@Test
	void maintenanceWaitsAboutTheMinuteMetaDocuments() {
		WhatsAppRetryPolicy policy = WhatsAppRetryPolicy.defaults();
		assertThat(policy.backoffFor(RetryClass.MAINTENANCE).nominalDelay(1)).isEqualTo(Duration.ofSeconds(15));
		assertThat(policy.backoffFor(RetryClass.MAINTENANCE).nominalDelay(3)).isEqualTo(Duration.ofSeconds(60));
		assertThat(policy.backoffFor(RetryClass.MAINTENANCE).nominalDelay(9)).isEqualTo(Duration.ofSeconds(60));
	}

	@Test
	void neverRetriesSpamAuthClientValidationOrTheStartersOwnRefusals() {
		assertThat(WhatsAppRetryClassifier.classify(new SpamRateLimitException("x", error(131048), 400, "1", null)))
			.isEqualTo(RetryClass.NEVER);
		assertThat(WhatsAppRetryClassifier.classify(new WhatsAppAuthenticationException("x", error(190), 401, "1", null)))
			.isEqualTo(RetryClass.NEVER);
		assertThat(WhatsAppRetryClassifier.classify(new WhatsAppClientException("x", error(131026), 400, "1", null)))
			.isEqualTo(RetryClass.NEVER);
		assertThat(WhatsAppRetryClassifier.classify(new WhatsAppValidationException("to", "is empty")))
			.isEqualTo(RetryClass.NEVER);
		assertThat(WhatsAppRetryClassifier.classify(new RateLimitWaitExceededException("pair", "1", "2",
				Duration.ofSeconds(9), Duration.ofSeconds(1))))
			.isEqualTo(RetryClass.NEVER);
		assertThat(WhatsAppRetryClassifier.classify(new IllegalStateException())).isEqualTo(RetryClass.NEVER);
	}

	@Test
	void separatesSafeTransientFailuresFromUnknownOutcomes() {
		assertThat(WhatsAppRetryClassifier.classify(new WhatsAppServerException("x", error(131000), 500, "1", null)))
			.isEqualTo(RetryClass.TRANSIENT);
		assertThat(WhatsAppRetryClassifier.classify(new WhatsAppTransportException("x", null, 0, "1", null)))
			.isEqualTo(RetryClass.TRANSIENT);
		assertThat(WhatsAppRetryClassifier.classify(new WhatsAppOutcomeUnknownException("x", null, 0, "1", null)))
			.isEqualTo(RetryClass.OUTCOME_UNKNOWN);
		assertThat(WhatsAppRetryPolicy.defaults().retries(RetryClass.OUTCOME_UNKNOWN)).isFalse();
		assertThat(WhatsAppRetryPolicy.defaults().withRetryOutcomeUnknown(true).retries(RetryClass.OUTCOME_UNKNOWN))
			.isTrue();
	}

	@Test
	void mayRetryWeighsClassAttemptsAndTimeTheSameForEveryPath() {
		WhatsAppRetryPolicy policy = WhatsAppRetryPolicy.defaults().withMaxAttempts(3);
		PairRateLimitException pair = new PairRateLimitException("x", error(131056), 400, "1", null);
		assertThat(policy.mayRetry(pair, 2, Duration.ofSeconds(1))).isTrue();
		assertThat(policy.mayRetry(pair, 3, Duration.ofSeconds(1))).as("max attempts counts the first call").isFalse();
		assertThat(policy.mayRetry(pair, 1, Duration.ofMinutes(6))).as("past max total time").isFalse();
		assertThat(policy.mayRetry(new WhatsAppClientException("x", error(131026), 400, "1", null), 1, Duration.ZERO))
			.isFalse();
		assertThat(policy.mayRetry(new IllegalStateException(), 1, Duration.ZERO)).isFalse();
	}

}
