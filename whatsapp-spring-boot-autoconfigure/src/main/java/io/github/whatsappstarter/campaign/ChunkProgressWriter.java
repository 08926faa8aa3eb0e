package io.github.whatsappstarter.campaign;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

/**
 * Writes a run's chunk progress to the store: one write at a time per chunk, coalescing the
 * changes made meanwhile, each a compare-and-set against the bytes last written, so a node whose
 * chunk was taken over (a newer epoch stamped it) fails its write and stops. A callback given with
 * a change runs once that change is written: the run frees a send's slot only then. A write the
 * grid did not answer is tried again. Its state is guarded by the run ({@code lock}).
 */
final class ChunkProgressWriter {

	private static final Log logger = LogFactory.getLog(ChunkProgressWriter.class);

	/**
	 * The run, as the writer sees it.
	 */
	interface Owner {

		/** Whether the run stopped on this node. Called holding the lock. */
		boolean isLost();

		/** The store refused a write: another node took the chunk over. */
		void lose(String why);

		/** Writes landed: the run may have more to do. */
		void dispatch();

	}

	private final String id;

	private final CampaignStore store;

	private final ScheduledExecutorService io;

	private final Object lock;

	private final Owner owner;

	private int pending;

	ChunkProgressWriter(String id, CampaignStore store, ScheduledExecutorService io, Object lock, Owner owner) {
		this.id = id;
		this.store = store;
		this.io = io;
		this.lock = lock;
		this.owner = owner;
	}

	/**
	 * Writes the chunk's progress as it now is; {@code then} runs once it is written. Holds the lock.
	 */
	void persist(LoadedChunk chunk, @Nullable Runnable then) {
		chunk.version++;
		this.pending++;
		chunk.waiters.add(new LoadedChunk.Waiter(chunk.version, then));
		if (!chunk.writing) {
			chunk.writing = true;
			this.io.execute(() -> write(chunk));
		}
	}

	/** Changes not written yet. Holds the lock. */
	int pending() {
		return this.pending;
	}

	private void write(LoadedChunk chunk) {
		while (true) {
			byte[] bytes;
			byte[] expected;
			int version;
			synchronized (this.lock) {
				if (this.owner.isLost()) {
					chunk.writing = false;
					return;
				}
				bytes = chunk.progress.encode();
				expected = chunk.persisted;
				version = chunk.version;
			}
			boolean written;
			try {
				written = this.store.replaceProgress(this.id, chunk.number, expected, bytes);
			}
			catch (RuntimeException ex) {
				logger.debug("Campaign " + this.id + ": could not write chunk " + chunk.number + ", trying again", ex);
				this.io.schedule(() -> write(chunk), 200, TimeUnit.MILLISECONDS);
				return;
			}
			if (!written) {
				this.owner.lose("chunk " + chunk.number + " was taken over by another node");
				return;
			}
			List<Runnable> released = new ArrayList<>();
			boolean again;
			synchronized (this.lock) {
				chunk.persisted = bytes;
				for (Iterator<LoadedChunk.Waiter> it = chunk.waiters.iterator(); it.hasNext();) {
					LoadedChunk.Waiter waiter = it.next();
					if (waiter.version() <= version) {
						it.remove();
						this.pending--;
						if (waiter.then() != null) {
							released.add(waiter.then());
						}
					}
				}
				again = chunk.version > version;
				if (!again) {
					chunk.writing = false;
				}
			}
			released.forEach(Runnable::run);
			if (!again) {
				this.owner.dispatch();
				return;
			}
		}
	}

}
