package io.github.whatsappstarter.webhook;

/**
 * Remembers webhook update keys for a while so that Meta's duplicate deliveries can be dropped.
 * Implementations bound their memory (size and time to live) and must be thread-safe; a
 * cluster-wide implementation lets every node see the keys of the others.
 *
 * @author whatsapp-spring-boot-starter
 * @since 0.1.0
 */
public interface WebhookDeduplicator {

	/**
	 * Records a key atomically.
	 * @param key the update key
	 * @return {@code true} if the key was not known (the update is new), {@code false} for a
	 * duplicate
	 */
	boolean markSeen(String key);

	/**
	 * Checks a key without recording it.
	 * @param key the update key
	 * @return whether the key is known
	 */
	boolean isSeen(String key);

}
