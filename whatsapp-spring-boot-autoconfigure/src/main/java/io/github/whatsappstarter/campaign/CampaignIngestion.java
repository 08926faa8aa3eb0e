package io.github.whatsappstarter.campaign;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.github.whatsappstarter.message.WhatsAppMessage;

/**
 * Reads a campaign's recipients once, chunk by chunk, into the store: each recipient's messages are
 * built to count them (and dropped again), a recipient whose messages cannot be built is recorded as
 * failed with the reason, and before each chunk the record's lease is renewed with the chunk count,
 * so a node that takes over an unfinished ingestion knows what to remove. Holds one chunk at a time.
 */
final class CampaignIngestion {

	private final CampaignStore store;

	private final CampaignSettings settings;

	private final CampaignMessageFactory factory;

	private final Map<Integer, ChunkProgress> baseline = new HashMap<>();

	private final List<CampaignFailure> sample = new ArrayList<>();

	private final Map<String, Integer> reasons = new TreeMap<>();

	private CampaignRecord record;

	private int chunks;

	private int recipients;

	private int total;

	private int failed;

	CampaignIngestion(CampaignStore store, CampaignSettings settings, CampaignMessageFactory factory,
			CampaignRecord record) {
		this.store = store;
		this.settings = settings;
		this.factory = factory;
		this.record = record;
	}

	CampaignRecord ingest(Iterator<CampaignRecipient> source) {
		List<CampaignRecipient> batch = new ArrayList<>(Math.min(this.settings.chunkSize(), 1024));
		while (source.hasNext()) {
			batch.add(source.next());
			if (batch.size() == this.settings.chunkSize()) {
				write(batch);
				batch = new ArrayList<>(batch.size());
			}
		}
		if (!batch.isEmpty()) {
			write(batch);
		}
		CampaignRecord running = this.record.withIngested(this.chunks, this.recipients, this.total)
			.withState(CampaignStatus.RUNNING, null, this.total, 0, this.failed, this.sample, this.reasons, 0);
		renew(running);
		return this.record;
	}

	private void write(List<CampaignRecipient> batch) {
		byte[] counts = new byte[batch.size()];
		ChunkProgress progress = ChunkProgress.empty(this.record.epoch(), batch.size());
		for (int i = 0; i < batch.size(); i++) {
			CampaignRecipient recipient = batch.get(i);
			try {
				List<? extends WhatsAppMessage> messages = this.factory.messages(recipient);
				int count = (messages != null) ? messages.size() : 0;
				if (count < 1 || count > CampaignBuilder.MAX_MESSAGES_PER_RECIPIENT) {
					throw new IllegalArgumentException("A recipient needs 1 to "
							+ CampaignBuilder.MAX_MESSAGES_PER_RECIPIENT + " messages, not " + count);
				}
				counts[i] = (byte) count;
			}
			catch (RuntimeException ex) {
				String reason = String.valueOf(ex.getMessage());
				counts[i] = 1;
				progress.done[i] = 1;
				progress.fail(reason, 1);
				this.failed++;
				this.reasons.merge(reason, 1, Integer::sum);
				if (this.sample.size() < this.settings.failureSampleSize()) {
					this.sample.add(new CampaignFailure(recipient.to(), 0, reason, 0));
				}
			}
			this.total += counts[i];
		}
		int number = this.chunks;
		renew(this.record.withIngested(number + 1, this.recipients, this.total)
			.withState(CampaignStatus.INGESTING, null, this.total, 0, this.failed, List.of(), Map.of(), 0));
		this.store.putChunk(this.record.id(), number, new RecipientChunk(List.copyOf(batch), counts).encode(),
				progress.encode());
		this.baseline.put(number, new ChunkProgress(progress.epoch, new byte[0], 0, progress.failed,
				progress.reasons));
		this.chunks++;
		this.recipients += batch.size();
	}

	private void renew(CampaignRecord next) {
		CampaignRecord leased = next.withLease(next.owner(), next.epoch(),
				System.currentTimeMillis() + this.settings.leaseTtl().toMillis());
		if (!this.store.replaceRecord(this.record, leased)) {
			throw new IllegalStateException("Campaign " + this.record.id()
					+ " was abandoned while its recipients were read: reading one chunk took longer than the lease");
		}
		this.record = leased;
	}

	/** Marks the campaign abandoned after a failed ingestion and removes its chunks. */
	void abandon() {
		try {
			this.store.finish(this.record, this.record.withState(CampaignStatus.ABANDONED, null, 0, 0, 0, List.of(),
					Map.of(), System.currentTimeMillis()), this.settings.retention());
		}
		catch (RuntimeException ex) {
			// the record stays until a node takes it over and abandons it
		}
	}

	Map<Integer, ChunkProgress> baseline() {
		return this.baseline;
	}

}
