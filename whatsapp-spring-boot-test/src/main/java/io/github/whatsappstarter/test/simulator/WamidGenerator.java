package io.github.whatsappstarter.test.simulator;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Creates unique message ids shaped like Meta's ({@code wamid.HBgL...}).
 *
 * @author whatsapp-spring-boot-starter
 * @since 0.1.0
 */
final class WamidGenerator {

	private final AtomicLong sequence = new AtomicLong();

	private final String instance = Json.randomToken(8);

	String next(String waId) {
		String raw = waId + ":" + this.instance + ":" + this.sequence.incrementAndGet();
		return "wamid.HBgL" + Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
	}

}
