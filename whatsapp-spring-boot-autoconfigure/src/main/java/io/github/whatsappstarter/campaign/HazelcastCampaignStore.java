package io.github.whatsappstarter.campaign;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.map.IMap;
import io.github.whatsappstarter.support.BoundedGridCalls;
import org.jspecify.annotations.Nullable;

import org.springframework.util.Assert;

/**
 * A {@link CampaignStore} in Hazelcast: records in map {@code <prefix>}, recipient chunks in
 * {@code <prefix>-chunks} and chunk progress in {@code <prefix>-progress}, so the grid holds
 * O(chunks) entries, not O(recipients). Values are byte arrays or plain serializable records and
 * every change is a map-level compare-and-set, so the members need none of the starter's classes
 * and no CP subsystem. Every call waits at most the request timeout (a frozen member must not
 * freeze the campaign's threads); a call that times out throws and is tried again later.
 *
 * @author whatsapp-spring-boot-starter
 * @since 0.3.0
 */
public final class HazelcastCampaignStore extends CampaignStore implements AutoCloseable {

	/** The default name prefix of the maps. */
	public static final String DEFAULT_MAP_PREFIX = "whatsapp-campaigns";

	private final IMap<String, CampaignRecord> records;

	private final IMap<String, byte[]> chunks;

	private final IMap<String, byte[]> progress;

	private final BoundedGridCalls calls;

	/**
	 * Creates a store.
	 * @param hazelcast the Hazelcast member or client
	 * @param mapPrefix the prefix of the three maps' names
	 * @param requestTimeout the longest any grid call may take
	 */
	public HazelcastCampaignStore(HazelcastInstance hazelcast, String mapPrefix, Duration requestTimeout) {
		Assert.notNull(hazelcast, "hazelcast must not be null");
		Assert.hasText(mapPrefix, "mapPrefix must not be empty");
		this.records = hazelcast.getMap(mapPrefix);
		this.chunks = hazelcast.getMap(mapPrefix + "-chunks");
		this.progress = hazelcast.getMap(mapPrefix + "-progress");
		this.calls = new BoundedGridCalls(requestTimeout, "campaign grid");
	}

	@Override
	public boolean isShared() {
		return true;
	}

	@Override
	boolean createRecord(CampaignRecord record) {
		return this.calls.call(() -> this.records.putIfAbsent(record.id(), record)) == null;
	}

	@Override
	@Nullable CampaignRecord record(String id) {
		return this.calls.call(() -> this.records.get(id));
	}

	@Override
	boolean replaceRecord(CampaignRecord expected, CampaignRecord value) {
		return this.calls.call(() -> this.records.replace(expected.id(), expected, value));
	}

	@Override
	boolean finish(CampaignRecord expected, CampaignRecord value, Duration retention) {
		if (!replaceRecord(expected, value)) {
			return false;
		}
		this.calls.call(() -> this.records.setTtl(value.id(), Math.max(1, retention.toSeconds()), TimeUnit.SECONDS));
		removeChunks(value.id(), value.chunkCount());
		return true;
	}

	@Override
	Collection<CampaignRecord> records() {
		return this.calls.call(() -> new ArrayList<>(this.records.values()));
	}

	@Override
	void putChunk(String id, int chunk, byte[] recipients, byte[] progress) {
		this.calls.call(() -> {
			this.chunks.set(key(id, chunk), recipients);
			this.progress.set(key(id, chunk), progress);
			return null;
		});
	}

	@Override
	byte[] chunk(String id, int chunk) {
		byte[] data = this.calls.call(() -> this.chunks.get(key(id, chunk)));
		if (data == null) {
			throw new IllegalStateException("Chunk " + chunk + " of campaign " + id + " is missing");
		}
		return data;
	}

	@Override
	byte @Nullable [] progress(String id, int chunk) {
		return this.calls.call(() -> this.progress.get(key(id, chunk)));
	}

	@Override
	Map<Integer, byte[]> progresses(String id, int chunkCount) {
		Map<Integer, byte[]> all = new HashMap<>();
		for (int from = 0; from < chunkCount; from += 500) {
			Set<String> keys = new LinkedHashSet<>();
			for (int i = from; i < Math.min(chunkCount, from + 500); i++) {
				keys.add(key(id, i));
			}
			Map<String, byte[]> page = this.calls.call(() -> this.progress.getAll(keys));
			page.forEach((key, value) -> all.put(Integer.parseInt(key.substring(key.lastIndexOf('/') + 1)), value));
		}
		return all;
	}

	@Override
	boolean replaceProgress(String id, int chunk, byte[] expected, byte[] value) {
		return this.calls.call(() -> this.progress.replace(key(id, chunk), expected, value));
	}

	@Override
	void removeChunks(String id, int chunkCount) {
		for (int i = 0; i < chunkCount; i++) {
			String key = key(id, i);
			this.calls.call(() -> {
				this.chunks.delete(key);
				this.progress.delete(key);
				return null;
			});
		}
	}

	@Override
	public void close() {
		this.calls.close();
	}

}
