package io.github.whatsappstarter.campaign;

import java.time.Instant;

import io.github.whatsappstarter.error.WhatsAppDeadlineExceededException;
import io.github.whatsappstarter.error.WhatsAppException;
import io.github.whatsappstarter.error.WhatsAppSendCancelledException;
import io.github.whatsappstarter.support.Futures;
import org.jspecify.annotations.Nullable;

/**
 * How one campaign send ended, and the campaign's circuit breaker: an account-level error (see
 * {@link CampaignPauseReason#of(WhatsAppException)}) concerns every further send, so it trips the breaker (the
 * campaign pauses) and the message goes back to the queue instead of failing; a send withdrawn for
 * a pause or a lost lease, or stopped by the lease's fence (a deadline before the campaign's), also
 * goes back; anything else fails this message with a reason.
 *
 * @param kind what to do with the message
 * @param pauseReason the breaker's reason when an account-level error tripped it, or {@code null}
 * @param code the Graph error code, or 0
 * @param reason the failure reason recorded for the message (only for {@link Kind#FAILED})
 * @param detail the error's message (recipient masked by the exception), or empty
 */
record SendOutcome(Kind kind, @Nullable CampaignPauseReason pauseReason, int code, String reason, String detail) {

	private static final SendOutcome SENT = new SendOutcome(Kind.SENT, null, 0, "", "");

	/**
	 * Classifies the end of a send.
	 * @param failure the send's failure, or {@code null} when Meta accepted it
	 * @param cancelling whether the campaign is being cancelled (a withdrawn send then fails)
	 * @param campaignDeadline the campaign's deadline; an earlier one was the lease's fence
	 * @return the outcome
	 */
	static SendOutcome of(@Nullable Throwable failure, boolean cancelling, Instant campaignDeadline) {
		if (failure == null) {
			return SENT;
		}
		Throwable cause = Futures.unwrap(failure);
		WhatsAppException graphFailure = graphFailure(cause);
		int code = (graphFailure != null) ? graphFailure.getCode() : 0;
		CampaignPauseReason pauseReason = (graphFailure != null) ? CampaignPauseReason.of(graphFailure) : null;
		String detail = String.valueOf(cause.getMessage());
		boolean fenced = cause instanceof WhatsAppDeadlineExceededException late
				&& late.getDeadline().isBefore(campaignDeadline);
		if (pauseReason != null || (!cancelling && (cause instanceof WhatsAppSendCancelledException || fenced))) {
			return new SendOutcome(Kind.REQUEUED, pauseReason, code, "", detail);
		}
		return new SendOutcome(Kind.FAILED, null, code, reason(cause), detail);
	}

	/** The first failure in the cause chain that carries a Graph code, or {@code null}. */
	private static @Nullable WhatsAppException graphFailure(Throwable cause) {
		for (Throwable t = cause; t != null; t = t.getCause()) {
			if (t instanceof WhatsAppException ex && ex.getCode() != 0) {
				return ex;
			}
		}
		return null;
	}

	private static String reason(Throwable cause) {
		return (cause instanceof WhatsAppDeadlineExceededException) ? CampaignFailure.DEADLINE_EXCEEDED
				: (cause instanceof WhatsAppSendCancelledException) ? CampaignFailure.CANCELLED
						: String.valueOf(cause.getMessage());
	}

	/**
	 * What happens to the message.
	 */
	enum Kind {

		/** Accepted by the Cloud API. */
		SENT,

		/**
		 * Back to the front of the queue: withdrawn, fenced by the lease, or the breaker tripped;
		 * sent after resume (or by the node holding the lease).
		 */
		REQUEUED,

		/** Failed for this recipient. */
		FAILED

	}

}
