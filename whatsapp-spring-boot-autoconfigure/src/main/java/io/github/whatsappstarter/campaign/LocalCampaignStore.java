package io.github.whatsappstarter.campaign;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

import org.jspecify.annotations.Nullable;

/**
 * A {@link CampaignStore} in this node's memory: campaigns live and die with the node (the
 * behaviour of the local backend). Recipients are kept encoded, about 13 bytes per number.
 *
 * @author whatsapp-spring-boot-starter
 * @since 0.3.0
 */
public final class LocalCampaignStore extends CampaignStore {

	private final Map<String, CampaignRecord> records = new ConcurrentHashMap<>();

	private final Map<String, Long> expiries = new ConcurrentHashMap<>();

	private final Map<String, byte[]> chunks = new ConcurrentHashMap<>();

	private final Map<String, byte[]> progress = new ConcurrentHashMap<>();

	@Override
	public boolean isShared() {
		return false;
	}

	@Override
	boolean createRecord(CampaignRecord record) {
		return this.records.putIfAbsent(record.id(), record) == null;
	}

	@Override
	@Nullable CampaignRecord record(String id) {
		expire();
		return this.records.get(id);
	}

	@Override
	boolean replaceRecord(CampaignRecord expected, CampaignRecord value) {
		AtomicBoolean replaced = new AtomicBoolean();
		this.records.computeIfPresent(expected.id(), (id, current) -> {
			if (current != expected && !current.equals(expected)) {
				return current;
			}
			replaced.set(true);
			return value;
		});
		return replaced.get();
	}

	@Override
	boolean finish(CampaignRecord expected, CampaignRecord value, Duration retention) {
		if (!replaceRecord(expected, value)) {
			return false;
		}
		this.expiries.put(value.id(), System.currentTimeMillis() + retention.toMillis());
		removeChunks(value.id(), value.chunkCount());
		return true;
	}

	@Override
	Collection<CampaignRecord> records() {
		expire();
		return new ArrayList<>(this.records.values());
	}

	private void expire() {
		long now = System.currentTimeMillis();
		this.expiries.forEach((id, at) -> {
			if (at <= now) {
				this.records.remove(id);
				this.expiries.remove(id);
			}
		});
	}

	@Override
	void putChunk(String id, int chunk, byte[] recipients, byte[] progress) {
		this.chunks.put(key(id, chunk), recipients);
		this.progress.put(key(id, chunk), progress);
	}

	@Override
	byte[] chunk(String id, int chunk) {
		byte[] data = this.chunks.get(key(id, chunk));
		if (data == null) {
			throw new IllegalStateException("Chunk " + chunk + " of campaign " + id + " is missing");
		}
		return data;
	}

	@Override
	byte @Nullable [] progress(String id, int chunk) {
		return this.progress.get(key(id, chunk));
	}

	@Override
	Map<Integer, byte[]> progresses(String id, int chunkCount) {
		Map<Integer, byte[]> all = new HashMap<>();
		for (int i = 0; i < chunkCount; i++) {
			byte[] data = this.progress.get(key(id, i));
			if (data != null) {
				all.put(i, data);
			}
		}
		return all;
	}

	@Override
	boolean replaceProgress(String id, int chunk, byte[] expected, byte[] value) {
		AtomicBoolean replaced = new AtomicBoolean();
		this.progress.computeIfPresent(key(id, chunk), (key, current) -> {
			if (!Arrays.equals(current, expected)) {
				return current;
			}
			replaced.set(true);
			return value;
		});
		return replaced.get();
	}

	@Override
	void removeChunks(String id, int chunkCount) {
		List<String> keys = new ArrayList<>();
		for (int i = 0; i < chunkCount; i++) {
			keys.add(key(id, i));
		}
		keys.forEach(this.chunks::remove);
		keys.forEach(this.progress::remove);
	}

}
