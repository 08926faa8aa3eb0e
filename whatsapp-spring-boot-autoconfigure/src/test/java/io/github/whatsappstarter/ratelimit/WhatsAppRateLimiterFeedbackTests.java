package io.github.whatsappstarter.ratelimit;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import io.github.whatsappstarter.error.GraphError;
import io.github.whatsappstarter.error.PairRateLimitException;
import io.github.whatsappstarter.error.ThroughputLimitException;
import io.github.whatsappstarter.error.WhatsAppServerException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class WhatsAppRateLimiterFeedbackTests {

	private final List<String> feedback = new ArrayList<>();

	private final WhatsAppRateLimiter limiter = new WhatsAppRateLimiter() {

		@Override
		public void acquire(String phoneNumberId, String recipient) {
		}

		@Override
		public CompletableFuture<Void> acquireAsync(String phoneNumberId, String recipient) {
			return CompletableFuture.completedFuture(null);
		}

		@Override
		public void onPairRateLimited(String phoneNumberId, String recipient) {
			WhatsAppRateLimiterFeedbackTests.this.feedback.add("pair " + phoneNumberId + " " + recipient);
		}

		@Override
		public void onThroughputLimited(String phoneNumberId) {
			WhatsAppRateLimiterFeedbackTests.this.feedback.add("throughput " + phoneNumberId);
		}

	};

	@Test
	void metasRefusalsReachTheMatchingFeedbackAndOtherFailuresNone() {
		this.limiter.onRejected("100", "4917", new PairRateLimitException("x", GraphError.of(131056, "p"), 400, "4917", null));
		this.limiter.onRejected("100", "4917", new ThroughputLimitException("x", GraphError.of(130429, "t"), 400, "4917", null));
		this.limiter.onRejected("100", "4917", new WhatsAppServerException("x", GraphError.of(131000, "s"), 500, "4917", null));
		assertThat(this.feedback).containsExactly("pair 100 4917", "throughput 100");
	}

}
