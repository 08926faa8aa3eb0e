package io.github.whatsappstarter.webhook;

/**
 * Remembers webhook update keys for a while so that Meta's duplicate deliveries can be dropped. An
 * update is {@linkplain #claim(String) claimed} while its listeners run and only
 * {@linkplain #markSeen(String) marked seen} once they succeeded; a failed update is
 * {@linkplain #release(String) released}, and the claim of a node that died mid-listener lapses on
 * its own, so Meta's redelivery is processed again. Implementations bound their memory (size and
 * time to live) and must be thread-safe; a cluster-wide implementation lets every node see the keys
 * of the others.
 *
 * @author whatsapp-spring-boot-starter
 * @since 0.1.0
 */
public interface WebhookDeduplicator {

	/**
	 * Claims a key before its update is processed. The default implementation records nothing and
	 * never reports {@link Claim#IN_PROGRESS}, so concurrent duplicates may both be processed.
	 * @param key the update key
	 * @return {@link Claim#NEW} when the caller now processes the update and must end with
	 * {@link #markSeen(String)} or {@link #release(String)}
	 * @since 0.1.0
	 */
	default Claim claim(String key) {
		return isSeen(key) ? Claim.SEEN : Claim.NEW;
	}

	/**
	 * Records a key as processed, for the full time to live, replacing a claim.
	 * @param key the update key
	 * @return {@code true} if the key was not recorded as processed before, {@code false} for a
	 * duplicate
	 */
	boolean markSeen(String key);

	/**
	 * Gives up the claim on a key whose update failed, so that a redelivery is processed again. A
	 * key already marked seen stays seen.
	 * @param key the update key
	 * @since 0.1.0
	 */
	default void release(String key) {
	}

	/**
	 * Checks a key, claimed or seen, without recording it.
	 * @param key the update key
	 * @return whether the key is known
	 */
	boolean isSeen(String key);

	/**
	 * The state of a key found by {@link #claim(String)}.
	 */
	enum Claim {

		/** Not known: claimed now for the caller. */
		NEW,

		/** Claimed by another delivery whose listeners are still running (on this or another node). */
		IN_PROGRESS,

		/** Already processed: a duplicate. */
		SEEN

	}

}
