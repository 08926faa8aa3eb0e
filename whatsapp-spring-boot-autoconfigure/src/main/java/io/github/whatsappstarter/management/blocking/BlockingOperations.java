package io.github.whatsappstarter.management.blocking;

import java.util.List;
import java.util.stream.Stream;

import io.github.whatsappstarter.management.GraphCalls;
import io.github.whatsappstarter.management.GraphPage;
import org.jspecify.annotations.Nullable;

/**
 * The block list of one business phone number ({@code /{phone-number-id}/block_users}). A blocked
 * user cannot contact the business, and the business cannot message them (error 130403). Meta
 * only blocks users who messaged the business in the last 24 hours, and keeps at most 64,000.
 * Not messages: no throughput slot, no retry.
 *
 * @author whatsapp-spring-boot-starter
 * @since 0.3.0
 */
public interface BlockingOperations {

	/**
	 * Returns the operations of a number over a client.
	 * @param client the client
	 * @param phoneNumberId the business phone number id
	 * @return the operations
	 */
	static BlockingOperations of(GraphCalls graph, String phoneNumberId) {
		return new GraphBlocking(graph, phoneNumberId);
	}

	/**
	 * Blocks users.
	 * @param users phone numbers (E.164, {@code +} optional) or WhatsApp ids
	 * @return per-user outcome
	 */
	BlockResult block(List<String> users);

	/**
	 * Blocks users.
	 * @param users phone numbers or WhatsApp ids
	 * @return per-user outcome
	 */
	default BlockResult block(String... users) {
		return block(List.of(users));
	}

	/**
	 * Unblocks users.
	 * @param users phone numbers or WhatsApp ids
	 * @return per-user outcome
	 */
	BlockResult unblock(List<String> users);

	/**
	 * Unblocks users.
	 * @param users phone numbers or WhatsApp ids
	 * @return per-user outcome
	 */
	default BlockResult unblock(String... users) {
		return unblock(List.of(users));
	}

	/**
	 * Lists one page of blocked users.
	 * @param limit the page size, 1 to {@value GraphBlocking#MAX_LIMIT}
	 * @param after the cursor of the page, {@code null} for the first
	 * @return the page
	 */
	GraphPage<BlockedUser> list(int limit, @Nullable String after);

	/**
	 * Streams every blocked user, fetching pages lazily.
	 * @return the users
	 */
	Stream<BlockedUser> stream();

}
