package io.github.whatsappstarter.campaign;

import java.time.Duration;
import java.util.Collection;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * Where campaigns live: their records (definition, status, counts, lease), their recipients in
 * chunks and each chunk's progress. {@link LocalCampaignStore} keeps them in this node's memory;
 * {@link HazelcastCampaignStore} keeps them in Hazelcast, so that progress can be read on every
 * node and a survivor resumes the campaign of a node that died. Every change is a compare-and-set,
 * so only the lease holder's writes land. Implemented by the starter only.
 *
 * @author whatsapp-spring-boot-starter
 * @since 0.3.0
 */
public abstract class CampaignStore {

	CampaignStore() {
	}

	/**
	 * Returns whether other nodes share this store (and may take campaigns over).
	 * @return whether the store is shared
	 */
	public abstract boolean isShared();

	abstract boolean createRecord(CampaignRecord record);

	abstract @Nullable CampaignRecord record(String id);

	abstract boolean replaceRecord(CampaignRecord expected, CampaignRecord value);

	/**
	 * Replaces a record with its final state, kept for the retention, and removes its chunks.
	 */
	abstract boolean finish(CampaignRecord expected, CampaignRecord value, Duration retention);

	abstract Collection<CampaignRecord> records();

	abstract void putChunk(String id, int chunk, byte[] recipients, byte[] progress);

	abstract byte[] chunk(String id, int chunk);

	abstract byte @Nullable [] progress(String id, int chunk);

	abstract Map<Integer, byte[]> progresses(String id, int chunkCount);

	/**
	 * Replaces a chunk's progress if it still is {@code expected}.
	 */
	abstract boolean replaceProgress(String id, int chunk, byte[] expected, byte[] value);

	abstract void removeChunks(String id, int chunkCount);

	static String key(String id, int chunk) {
		return id + "/" + chunk;
	}

}
