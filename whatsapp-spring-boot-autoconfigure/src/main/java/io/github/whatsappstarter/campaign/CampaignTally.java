package io.github.whatsappstarter.campaign;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;

/**
 * A run's counts: messages sent and failed (in total and in each chunk's progress), failures by
 * reason and the bounded sample of failed messages, and the progress and record state they make.
 * Starts from the counts the chunks held when the lease was taken. Guarded by the run.
 */
final class CampaignTally {

	private final int total;

	private final int sampleSize;

	private final List<CampaignFailure> sample;

	private final Map<String, Integer> reasons = new TreeMap<>();

	private final long startNanos = System.nanoTime();

	private final int doneAtStart;

	private int sent;

	private int failed;

	CampaignTally(CampaignRecord record, Map<Integer, ChunkProgress> baseline, int sampleSize) {
		this.total = record.total();
		this.sampleSize = sampleSize;
		this.sample = new ArrayList<>(record.failureSample());
		for (ChunkProgress progress : baseline.values()) {
			this.sent += progress.sent;
			this.failed += progress.failed;
			progress.reasons.forEach((reason, count) -> this.reasons.merge(reason, count, Integer::sum));
		}
		this.doneAtStart = this.sent + this.failed;
	}

	/** Counts the recipient's next message as sent, here and in its chunk's progress. */
	void sent(ActiveRecipient recipient) {
		this.sent++;
		recipient.chunk.progress.sent++;
	}

	/** Counts {@code messages} of the recipient, from its next one, as failed with a reason. */
	void failed(ActiveRecipient recipient, String reason, int code, int messages) {
		this.failed += messages;
		this.reasons.merge(reason, messages, Integer::sum);
		recipient.chunk.progress.fail(reason, messages);
		for (int i = 0; i < messages && this.sample.size() < this.sampleSize; i++) {
			this.sample.add(new CampaignFailure(recipient.recipient.to(), recipient.next + i, reason, code));
		}
	}

	/** Adds the outcomes a previous owner wrote to a chunk after its counts were read. */
	void reconcile(ChunkProgress before, ChunkProgress now) {
		this.sent += now.sent - before.sent;
		this.failed += now.failed - before.failed;
		now.reasons.forEach((reason, count) -> this.reasons.merge(reason, count, Integer::sum));
		before.reasons.forEach((reason, count) -> this.reasons.merge(reason, -count, Integer::sum));
		this.reasons.values().removeIf((count) -> count == 0);
	}

	/** The record with these counts and the given state. */
	CampaignRecord applyTo(CampaignRecord record, CampaignStatus status, @Nullable CampaignPause pause,
			long finishedAt) {
		return record.withRequested(null)
			.withState(status, pause, this.total, this.sent, this.failed, this.sample, this.reasons, finishedAt);
	}

	/** The progress, its rate over what this run finished. */
	CampaignProgress progress(long startedAtMillis, CampaignStatus status, @Nullable CampaignPause pause) {
		Duration elapsed = Duration.ofNanos(System.nanoTime() - this.startNanos);
		int done = this.sent + this.failed - this.doneAtStart;
		double rate = (elapsed.toNanos() > 0) ? done / (elapsed.toNanos() / 1e9) : 0;
		return CampaignProgress.of(this.total, this.sent, this.failed, rate,
				Duration.ofMillis(System.currentTimeMillis() - startedAtMillis), status, pause);
	}

	List<CampaignFailure> failures() {
		return List.copyOf(this.sample);
	}

}
