package io.github.whatsappstarter.campaign;

import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * A started campaign: its progress, its failures so far, a way to cancel it and a future of its
 * report. Obtained from {@link CampaignBuilder#start()} or looked up by id in
 * {@link WhatsAppCampaigns}. With the Hazelcast backend a handle looked up on a node that does not
 * run the campaign reads its progress from the grid (lagging by at most one lease refresh) and
 * passes {@link #cancel()}, {@link #pause()} and {@link #resume()} on to the node that runs it.
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
	 * Returns the failures so far, up to the failure sample size.
	 * @return a snapshot of the first failed messages
	 */
	List<CampaignFailure> failures();

	/**
	 * Cancels the campaign: messages whose request was not written yet (queued, or waiting for a
	 * slot) are withdrawn and fail with reason {@value CampaignFailure#CANCELLED}; requests already
	 * on the wire end with Meta's answer.
	 * @return whether this call cancelled it (false when already finished or cancelled)
	 */
	boolean cancel();

	/**
	 * Pauses the campaign: sends not yet written are withdrawn and go out after {@link #resume()}.
	 * @return whether this call paused it (false unless it was running)
	 * @since 0.3.0
	 */
	boolean pause();

	/**
	 * Continues a paused campaign, for example after the access token was renewed or the account
	 * unlocked. The message that hit the account-level error is sent again.
	 * @return whether this call resumed it (false unless it was paused)
	 * @since 0.3.0
	 */
	boolean resume();

	/**
	 * Returns where the campaign stands.
	 * @return the status
	 * @since 0.3.0
	 */
	CampaignStatus status();

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
