package io.github.whatsappstarter.campaign;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.function.Predicate;

import org.jspecify.annotations.Nullable;

/**
 * A campaign run by another node (or finished), seen through the store: progress and failures from
 * its record, which the running node renews every quarter lease; cancel, pause and resume are
 * written into the record as requests the running node (or the one that takes it over) applies.
 */
final class StoredCampaignHandle extends AbstractCampaignHandle {

	private static final int ATTEMPTS = 10;

	private final CampaignStore store;

	private final Function<String, CompletableFuture<CampaignReport>> completions;

	private CampaignRecord record;

	StoredCampaignHandle(CampaignStore store, CampaignRecord record,
			Function<String, CompletableFuture<CampaignReport>> completions) {
		super(record);
		this.store = store;
		this.record = record;
		this.completions = completions;
	}

	private synchronized CampaignRecord read() {
		try {
			CampaignRecord current = this.store.record(id());
			if (current != null) {
				this.record = current;
			}
		}
		catch (RuntimeException ex) {
			// the grid did not answer in time: the last record read
		}
		return this.record;
	}

	private boolean request(CampaignStatus requested, Predicate<CampaignRecord> applies) {
		for (int i = 0; i < ATTEMPTS; i++) {
			CampaignRecord current = read();
			if (!applies.test(current)) {
				return false;
			}
			if (this.store.replaceRecord(current, current.withRequested(requested))) {
				return true;
			}
		}
		return false;
	}

	@Override
	public boolean cancel() {
		return request(CampaignStatus.CANCELLED, (current) -> !current.status().isTerminal()
				&& current.status() != CampaignStatus.CANCELLING && current.requested() != CampaignStatus.CANCELLED);
	}

	@Override
	public boolean pause() {
		return request(CampaignStatus.PAUSED, (current) -> current.status() == CampaignStatus.RUNNING);
	}

	@Override
	public boolean resume() {
		return request(CampaignStatus.RUNNING, (current) -> current.status() == CampaignStatus.PAUSED);
	}

	@Override
	public CampaignProgress progress() {
		return read().toProgress();
	}

	@Override
	public List<CampaignFailure> failures() {
		return read().failureSample();
	}

	@Override
	public boolean isCancelled() {
		CampaignRecord current = read();
		@Nullable CampaignStatus requested = current.requested();
		return current.status() == CampaignStatus.CANCELLING || current.status() == CampaignStatus.CANCELLED
				|| requested == CampaignStatus.CANCELLED;
	}

	@Override
	public CampaignStatus status() {
		return read().status();
	}

	@Override
	public CompletableFuture<CampaignReport> completion() {
		CampaignRecord current = read();
		return current.status().isTerminal() ? CompletableFuture.completedFuture(current.toReport())
				: this.completions.apply(id());
	}

}
