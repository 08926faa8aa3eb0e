package io.github.whatsappstarter.campaign;

import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * A started campaign: its progress, its failures so far, a way to cancel it and a future of its
 * report. Obtained from {@link CampaignBuilder#start()} or looked up by id in
 * {@link WhatsAppCampaigns}.
 *
 * @author whatsapp-spring-boot-starter
 * @since 0.1.0
 */
public interface CampaignHandle {

	/**
	 * Returns the campaign's id.
	 * @return the id
	 */
	String id();

	/**
	 * Returns the campaign's name (its id unless one was given).
	 * @return the name
	 */
	String name();

	/**
	 * Returns a snapshot of the progress.
	 * @return the progress
	 */
	CampaignProgress progress();

	/**
	 * Returns the failures so far.
	 * @return a snapshot of the failed messages
	 */
	List<CampaignFailure> failures();

	/**
	 * Cancels the campaign: messages not yet handed to the template fail with reason
	 * {@value CampaignFailure#CANCELLED}; sends already in flight finish normally.
	 * @return whether this call cancelled it (false when already finished or cancelled)
	 */
	boolean cancel();

	/**
	 * Returns whether the campaign was cancelled.
	 * @return whether it was cancelled
	 */
	boolean isCancelled();

	/**
	 * Returns a future completing with the report when every message has finished.
	 * @return the completion
	 */
	CompletableFuture<CampaignReport> completion();

}
