package io.github.whatsappstarter.test.simulator;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/**
 * The simulator's media, in memory: what the media endpoints stored, how long a download URL stays valid
 * (Meta: 5 minutes) and how many media requests arrived. Media requests are not messages: they are not in
 * the {@link RequestRecorder} and use no throughput. {@link WhatsAppSimulator#reset()} empties it and
 * restores the URL lifetime.
 *
 * @author whatsapp-spring-boot-starter
 * @since 0.2.0
 */
public final class MediaStore {

	/** Meta's lifetime of a media URL. */
	public static final Duration DEFAULT_URL_TTL = Duration.ofMinutes(5);

	private final Map<String, StoredMedia> media = new ConcurrentHashMap<>();

	private final Set<String> issued = ConcurrentHashMap.newKeySet();

	private final AtomicLong nextId = new AtomicLong(700_000_000_000_001L);

	private final LongAdder requests = new LongAdder();

	private final LongAdder downloads = new LongAdder();

	private volatile Duration urlTtl = DEFAULT_URL_TTL;

	private final AtomicLong expiredUrlsToIssue = new AtomicLong();

	private final Faults faults = new Faults();

	MediaStore() {
	}

	/**
	 * Stores media as if it had been uploaded, e.g. to stand for media a user sent.
	 * @param phoneNumberId the business phone number id it belongs to
	 * @param mimeType the MIME type
	 * @param content the bytes
	 * @return the media id
	 */
	public String put(String phoneNumberId, String mimeType, byte[] content) {
		return store(phoneNumberId, MediaTypes.normalize(mimeType), null, content).id();
	}

	StoredMedia store(String phoneNumberId, String mimeType, String filename, byte[] content) {
		String id = String.valueOf(this.nextId.getAndIncrement());
		StoredMedia stored = new StoredMedia(id, Objects.requireNonNull(phoneNumberId), mimeType, filename,
				content.clone(), sha256(content));
		this.issued.add(id);
		this.media.put(id, stored);
		return stored;
	}

	/**
	 * The media stored under an id.
	 * @param id the media id
	 * @return the media, empty when unknown or deleted
	 */
	public Optional<StoredMedia> find(String id) {
		return Optional.ofNullable(this.media.get(id));
	}

	/**
	 * Every media file stored, in no particular order.
	 * @return a snapshot
	 */
	public java.util.List<StoredMedia> all() {
		return java.util.List.copyOf(this.media.values());
	}

	/**
	 * How many media files are stored.
	 * @return the count
	 */
	public int size() {
		return this.media.size();
	}

	/**
	 * How many requests reached the media endpoints (upload, URL, delete, download), whatever their answer.
	 * @return the count since the last reset
	 */
	public long requestCount() {
		return this.requests.sum();
	}

	/**
	 * How many downloads were answered with the file.
	 * @return the count since the last reset
	 */
	public long downloadCount() {
		return this.downloads.sum();
	}

	/**
	 * Sets how long a URL from {@code GET /{media-id}} can be downloaded from; a later download is answered
	 * 404, as Meta answers an expired URL.
	 * @param ttl the lifetime, e.g. a few milliseconds to test expiry
	 * @return this store
	 */
	public MediaStore urlTtl(Duration ttl) {
		if (ttl == null || ttl.isNegative()) {
			throw new IllegalArgumentException("ttl must not be negative");
		}
		this.urlTtl = ttl;
		return this;
	}

	/**
	 * The lifetime of a new download URL.
	 * @return the lifetime
	 */
	public Duration urlTtl() {
		return this.urlTtl;
	}

	/**
	 * Makes the next download URLs from {@code GET /{media-id}} expired when issued, as if they had been used
	 * after their lifetime (a download answers 404).
	 * @param count how many URLs
	 * @return this store
	 */
	public MediaStore expireNextUrls(int count) {
		this.expiredUrlsToIssue.set(count);
		return this;
	}

	/**
	 * Faults for media requests (checked after the bearer token): {@link Fault#graphError(int)} (with its
	 * headers), {@link Fault#badGateway()} and {@link Fault#dropConnection()} apply; other kinds are ignored.
	 * {@link Fault#forRecipient} does not apply to media.
	 * @return the media faults
	 */
	public Faults faults() {
		return this.faults;
	}

	boolean takeExpiredUrl() {
		return this.expiredUrlsToIssue.getAndUpdate((left) -> Math.max(0, left - 1)) > 0;
	}

	boolean wasIssued(String id) {
		return this.issued.contains(id);
	}

	boolean delete(String id) {
		return this.media.remove(id) != null;
	}

	void request() {
		this.requests.increment();
	}

	void downloaded() {
		this.downloads.increment();
	}

	void clear() {
		this.media.clear();
		this.issued.clear();
		this.requests.reset();
		this.downloads.reset();
		this.urlTtl = DEFAULT_URL_TTL;
		this.expiredUrlsToIssue.set(0);
		this.faults.clear();
	}

	static String sha256(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
