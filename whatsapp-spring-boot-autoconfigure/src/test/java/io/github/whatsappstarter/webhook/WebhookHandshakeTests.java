package io.github.whatsappstarter.webhook;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class WebhookHandshakeTests {

	private final WebhookHandshake handshake = new WebhookHandshake("verify-me");

	@Test
	void echoesTheChallengeForSubscribeWithTheMatchingToken() {
		assertThat(this.handshake.verify("subscribe", "verify-me", "1158201444")).contains("1158201444");
	}

	@Test
	void refusesAWrongTokenOrMode() {
		assertThat(this.handshake.verify("subscribe", "verify-me!", "1")).isEmpty();
		assertThat(this.handshake.verify("subscribe", "verify-m", "1")).isEmpty();
		assertThat(this.handshake.verify("unsubscribe", "verify-me", "1")).isEmpty();
		assertThat(this.handshake.verify(null, "verify-me", "1")).isEmpty();
		assertThat(this.handshake.verify("subscribe", null, "1")).isEmpty();
		assertThat(this.handshake.verify("subscribe", "verify-me", null)).isEmpty();
	}

	@Test
	void refusesEverythingWithoutAConfiguredToken() {
		assertThat(new WebhookHandshake(null).verify("subscribe", "", "1")).isEmpty();
		assertThat(new WebhookHandshake("").verify("subscribe", "", "1")).isEmpty();
	}

	@Test
	void neverShowsTheTokenInToString() {
		assertThat(this.handshake.toString()).doesNotContain("verify-me");
	}

}
