package io.github.whatsappstarter.campaign;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;

/**
 * A campaign as the store keeps it: its definition (name, sending number, message factory or the
 * name of one, deadline, chunk count), where it stands (status, pause, counts, a bounded sample of
 * failures, failures by reason) and its lease (owner node, epoch, expiry in epoch milliseconds).
 * Immutable; every change is a compare-and-set of a whole record, so a node that lost its lease
 * cannot overwrite the new owner's record. Counts here lag the chunks by at most one lease refresh;
 * the chunks are exact.
 */
record CampaignRecord(String id, String name, String phoneNumberId, @Nullable CampaignMessageFactory factory,
		@Nullable String factoryName, Instant deadline, int chunkCount, int recipients, int total,
		CampaignStatus status, @Nullable CampaignPause pause, @Nullable CampaignStatus requested, String owner,
		long epoch, long leaseExpiresAt, int sent, int failed, List<CampaignFailure> failureSample,
		Map<String, Integer> failureReasons, long startedAt, long finishedAt) implements Serializable {

	CampaignRecord {
		failureSample = List.copyOf(failureSample);
		failureReasons = new TreeMap<>(failureReasons);
	}

	boolean leaseExpired(long nowMillis) {
		return !this.status.isTerminal() && this.leaseExpiresAt < nowMillis;
	}

	CampaignRecord withLease(String owner, long epoch, long leaseExpiresAt) {
		return new CampaignRecord(this.id, this.name, this.phoneNumberId, this.factory, this.factoryName,
				this.deadline, this.chunkCount, this.recipients, this.total, this.status, this.pause, this.requested,
				owner, epoch, leaseExpiresAt, this.sent, this.failed, this.failureSample, this.failureReasons,
				this.startedAt, this.finishedAt);
	}

	CampaignRecord withIngested(int chunkCount, int recipients, int total) {
		return new CampaignRecord(this.id, this.name, this.phoneNumberId, this.factory, this.factoryName,
				this.deadline, chunkCount, recipients, total, CampaignStatus.RUNNING, this.pause, this.requested,
				this.owner, this.epoch, this.leaseExpiresAt, this.sent, this.failed, this.failureSample,
				this.failureReasons, this.startedAt, this.finishedAt);
	}

	CampaignRecord withRequested(@Nullable CampaignStatus requested) {
		return new CampaignRecord(this.id, this.name, this.phoneNumberId, this.factory, this.factoryName,
				this.deadline, this.chunkCount, this.recipients, this.total, this.status, this.pause, requested,
				this.owner, this.epoch, this.leaseExpiresAt, this.sent, this.failed, this.failureSample,
				this.failureReasons, this.startedAt, this.finishedAt);
	}

	CampaignRecord withState(CampaignStatus status, @Nullable CampaignPause pause, int total, int sent, int failed,
			List<CampaignFailure> failureSample, Map<String, Integer> failureReasons, long finishedAt) {
		return new CampaignRecord(this.id, this.name, this.phoneNumberId, this.factory, this.factoryName,
				this.deadline, this.chunkCount, this.recipients, total, status, pause, this.requested, this.owner,
				this.epoch, this.leaseExpiresAt, sent, failed, failureSample, failureReasons, this.startedAt,
				finishedAt);
	}

	CampaignReport toReport() {
		long end = (this.finishedAt > 0) ? this.finishedAt : System.currentTimeMillis();
		return new CampaignReport(this.id, this.name, this.total, this.sent, this.failed,
				this.status == CampaignStatus.CANCELLED || this.status == CampaignStatus.CANCELLING,
				java.time.Duration.ofMillis(Math.max(0, end - this.startedAt)), this.failureSample,
				this.failureReasons, this.status);
	}

	CampaignProgress toProgress() {
		long elapsedMillis = Math.max(0, ((this.finishedAt > 0) ? this.finishedAt : System.currentTimeMillis())
				- this.startedAt);
		int done = this.sent + this.failed;
		double rate = (elapsedMillis > 0) ? done / (elapsedMillis / 1000.0) : 0;
		return CampaignProgress.of(this.total, this.sent, this.failed, rate, java.time.Duration.ofMillis(elapsedMillis),
				this.status, this.pause);
	}

	@Override
	public String toString() {
		return "CampaignRecord[" + this.id + ", " + this.status + ", epoch " + this.epoch + ", owner " + this.owner
				+ ", sent " + this.sent + ", failed " + this.failed + "/" + this.total + "]";
	}

}
