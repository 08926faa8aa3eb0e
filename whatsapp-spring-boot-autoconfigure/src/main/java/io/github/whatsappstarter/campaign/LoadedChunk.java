package io.github.whatsappstarter.campaign;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A chunk a run is working on: its recipients, its progress as this node knows it, the bytes last
 * written to the store (the expected value of the next compare-and-set) and the callbacks waiting
 * for a version to be written. Guarded by the run.
 */
final class LoadedChunk {

	final int number;

	final RecipientChunk recipients;

	final ChunkProgress progress;

	byte[] persisted;

	int cursor;

	int version;

	boolean writing;

	final List<Waiter> waiters = new ArrayList<>();

	LoadedChunk(int number, RecipientChunk recipients, ChunkProgress progress, byte[] persisted) {
		this.number = number;
		this.recipients = recipients;
		this.progress = progress;
		this.persisted = persisted;
	}

	boolean exhausted() {
		return this.cursor >= this.recipients.size();
	}

	int count(int index) {
		return this.recipients.messageCounts()[index];
	}

	record Waiter(int version, @Nullable Runnable then) {
	}

}
