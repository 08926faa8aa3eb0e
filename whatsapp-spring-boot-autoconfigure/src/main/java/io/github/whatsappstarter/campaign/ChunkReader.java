package io.github.whatsappstarter.campaign;

import org.jspecify.annotations.Nullable;

/**
 * Reads a chunk for a run and stamps its progress with the run's epoch (a compare-and-set), so
 * that a node holding an older epoch can no longer write it; returns {@code null} when a newer
 * owner already stamped it.
 */
final class ChunkReader {

	private final String id;

	private final long epoch;

	private final CampaignStore store;

	ChunkReader(String id, long epoch, CampaignStore store) {
		this.id = id;
		this.epoch = epoch;
		this.store = store;
	}

	@Nullable LoadedChunk read(int number) {
		RecipientChunk recipients = RecipientChunk.decode(this.store.chunk(this.id, number));
		while (true) {
			byte[] bytes = this.store.progress(this.id, number);
			if (bytes == null) {
				throw new IllegalStateException("Progress of chunk " + number + " is missing");
			}
			ChunkProgress progress = ChunkProgress.decode(bytes);
			if (progress.epoch > this.epoch) {
				return null;
			}
			if (progress.epoch == this.epoch) {
				return new LoadedChunk(number, recipients, progress, bytes);
			}
			progress.epoch = this.epoch;
			byte[] stamped = progress.encode();
			if (this.store.replaceProgress(this.id, number, bytes, stamped)) {
				return new LoadedChunk(number, recipients, progress, stamped);
			}
		}
	}

}
