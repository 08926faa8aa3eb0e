package io.github.whatsappstarter.campaign;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import io.github.whatsappstarter.client.WhatsAppOperations;
import io.github.whatsappstarter.support.DaemonThreads;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.util.Assert;

/**
 * Starts campaigns and finds them by id. Campaigns send through {@link WhatsAppOperations#sendAsync(String,
 * io.github.whatsappstarter.message.WhatsAppMessage, Instant)}, so they run at the rate limiter's
 * pace without a thread per message. Progress is logged and published as
 * {@link CampaignProgressEvent}s, pauses as {@link CampaignPausedEvent}s, completion as a
 * {@link CampaignCompletedEvent}.
 * <p>
 * Campaigns live in a {@link CampaignStore}. With the {@link LocalCampaignStore} they live and die
 * with this node. With a shared store ({@link HazelcastCampaignStore}) every node can read every
 * campaign, and each node checks for campaigns whose lease expired (their node died) and takes them
 * over: a survivor resumes within the lease ({@link CampaignSettings#leaseTtl()}) plus one check
 * interval.
 *
 * @author whatsapp-spring-boot-starter
 * @since 0.1.0
 */
public class WhatsAppCampaigns implements AutoCloseable {

	private static final Log logger = LogFactory.getLog(WhatsAppCampaigns.class);

	private static final Duration HAND_OVER_WAIT = Duration.ofSeconds(5);

	private final WhatsAppOperations operations;

	private final CampaignSettings settings;

	private final @Nullable ApplicationEventPublisher publisher;

	private final CampaignStore store;

	private final Function<String, @Nullable CampaignMessageFactory> factories;

	private final String nodeId = UUID.randomUUID().toString();

	private final ScheduledThreadPoolExecutor scheduler;

	private final ScheduledThreadPoolExecutor io;

	private final Map<String, CampaignRun> campaigns = new LinkedHashMap<>();

	private final Map<String, ScheduledFuture<?>> progressReports = new ConcurrentHashMap<>();

	private final Map<String, CompletableFuture<CampaignReport>> awaiting = new ConcurrentHashMap<>();

	private final CampaignRun.Events events = new RunEvents();

	/**
	 * Creates a registry whose campaigns live in this node's memory.
	 * @param operations the operations campaigns send through
	 * @param settings in-flight bound, progress interval, retention
	 * @param publisher where progress and completion events go, or {@code null}
	 */
	public WhatsAppCampaigns(WhatsAppOperations operations, CampaignSettings settings,
			@Nullable ApplicationEventPublisher publisher) {
		this(operations, settings, publisher, new LocalCampaignStore(), (name) -> null);
	}

	/**
	 * Creates a registry on a store; with a shared store this node also takes over the campaigns
	 * of nodes that died.
	 * @param operations the operations campaigns send through
	 * @param settings in-flight bound, progress interval, retention, lease
	 * @param publisher where progress and completion events go, or {@code null}
	 * @param store where campaigns live
	 * @param factories finds a {@link CampaignMessageFactory} by name (e.g. a bean), or returns
	 * {@code null}
	 * @since 0.3.0
	 */
	public WhatsAppCampaigns(WhatsAppOperations operations, CampaignSettings settings,
			@Nullable ApplicationEventPublisher publisher, CampaignStore store,
			Function<String, @Nullable CampaignMessageFactory> factories) {
		Assert.notNull(operations, "operations must not be null");
		Assert.notNull(settings, "settings must not be null");
		Assert.notNull(store, "store must not be null");
		Assert.notNull(factories, "factories must not be null");
		this.operations = operations;
		this.settings = settings;
		this.publisher = publisher;
		this.store = store;
		this.factories = factories;
		this.scheduler = new ScheduledThreadPoolExecutor(1, DaemonThreads.named("whatsapp-campaign-progress"));
		this.scheduler.setRemoveOnCancelPolicy(true);
		this.io = new ScheduledThreadPoolExecutor(4, DaemonThreads.numbered("whatsapp-campaign-store"));
		this.io.setRemoveOnCancelPolicy(true);
		long check = Math.min(Duration.ofSeconds(1).toNanos(), settings.leaseTtl().toNanos() / 4);
		this.scheduler.scheduleWithFixedDelay(this::watch, check, check, TimeUnit.NANOSECONDS);
	}

	/**
	 * Starts describing a campaign.
	 * @return a builder; call {@link CampaignBuilder#start()} to run it
	 */
	public CampaignBuilder campaign() {
		return new CampaignBuilder(this);
	}

	@Nullable CampaignMessageFactory messageFactory(String name) {
		return this.factories.apply(name);
	}

	CampaignHandle start(CampaignBuilder.CampaignDefinition definition, Iterator<CampaignRecipient> recipients) {
		String id = UUID.randomUUID().toString();
		long now = System.currentTimeMillis();
		Instant until = (definition.deadline() != null) ? Instant.now().plus(definition.deadline()) : Instant.MAX;
		String from = (definition.phoneNumberId() != null) ? definition.phoneNumberId()
				: this.operations.getPhoneNumberId();
		CampaignMessageFactory stored = (definition.factory() instanceof Serializable) ? definition.factory() : null;
		CampaignRecord record = new CampaignRecord(id, (definition.name() != null) ? definition.name() : id, from,
				stored, definition.factoryName(), until, 0, 0, 0, CampaignStatus.INGESTING, null, null, this.nodeId, 1,
				now + this.settings.leaseTtl().toMillis(), 0, 0, List.of(), Map.of(), now, 0);
		Assert.state(this.store.createRecord(record), "Campaign id clash");
		CampaignIngestion ingestion = new CampaignIngestion(this.store, this.settings, definition.factory(), record);
		CampaignRecord running;
		try {
			running = ingestion.ingest(recipients);
		}
		catch (RuntimeException ex) {
			ingestion.abandon();
			throw ex;
		}
		CampaignRun run = new CampaignRun(running, this.operations, this.store, this.settings, this.io,
				definition.factory(), this.events, ingestion.baseline(), new CompletableFuture<>());
		register(run);
		logger.info("Campaign " + run.name() + " started: " + running.recipients() + " recipients, "
				+ running.total() + " messages");
		run.start();
		return run;
	}

	private void register(CampaignRun run) {
		synchronized (this.campaigns) {
			this.campaigns.put(run.id(), run);
		}
		long interval = this.settings.progressInterval().toNanos();
		if (interval > 0) {
			this.progressReports.put(run.id(), this.scheduler.scheduleAtFixedRate(() -> report(run), interval,
					interval, TimeUnit.NANOSECONDS));
		}
	}

	private void report(CampaignRun run) {
		CampaignProgress progress = run.progress();
		logger.info("Campaign " + run.name() + ": " + progress);
		publish(new CampaignProgressEvent(this, run.id(), progress));
	}

	/** Takes over campaigns whose lease expired, completes awaited ones and evicts old ones. */
	private void watch() {
		try {
			if (this.store.isShared() || !this.awaiting.isEmpty()) {
				long now = System.currentTimeMillis();
				for (CampaignRecord record : this.store.records()) {
					if (record.status().isTerminal()) {
						CompletableFuture<CampaignReport> waiting = this.awaiting.remove(record.id());
						if (waiting != null) {
							waiting.complete(record.toReport());
						}
					}
					else if (this.store.isShared() && record.leaseExpired(now) && !runsHere(record.id())) {
						takeOver(record, now);
					}
				}
			}
		}
		catch (RuntimeException ex) {
			logger.debug("Could not check the campaigns in the store", ex);
		}
		evictFinished();
	}

	private boolean runsHere(String id) {
		synchronized (this.campaigns) {
			CampaignRun run = this.campaigns.get(id);
			return run != null && !run.isLost();
		}
	}

	private void takeOver(CampaignRecord record, long now) {
		CampaignRecord mine = record.withLease(this.nodeId, record.epoch() + 1,
				now + this.settings.leaseTtl().toMillis());
		if (!this.store.replaceRecord(record, mine)) {
			return;
		}
		if (record.status() == CampaignStatus.INGESTING) {
			logger.warn("Campaign " + record.name() + " (" + record.id() + ") abandoned: its node died while "
					+ "reading the recipients; nothing was sent");
			this.store.finish(mine, mine.withState(CampaignStatus.ABANDONED, null, 0, 0, 0, List.of(), Map.of(), now),
					this.settings.retention());
			return;
		}
		Map<Integer, ChunkProgress> baseline = new ConcurrentHashMap<>();
		this.store.progresses(record.id(), record.chunkCount()).forEach((chunk, bytes) -> {
			ChunkProgress progress = ChunkProgress.decode(bytes);
			baseline.put(chunk, new ChunkProgress(progress.epoch, new byte[0], progress.sent, progress.failed,
					progress.reasons));
		});
		CampaignMessageFactory factory = (record.factory() != null) ? record.factory()
				: (record.factoryName() != null) ? messageFactory(record.factoryName()) : null;
		CompletableFuture<CampaignReport> completion = this.awaiting.remove(record.id());
		CampaignRun run = new CampaignRun(mine, this.operations, this.store, this.settings, this.io, factory,
				this.events, baseline, (completion != null) ? completion : new CompletableFuture<>());
		register(run);
		logger.warn("Campaign " + record.name() + " (" + record.id() + ") taken over from node " + record.owner()
				+ " whose lease expired " + (now - record.leaseExpiresAt()) + " ms ago: " + run.progress());
		run.start();
	}

	private void evictFinished() {
		long oldest = System.currentTimeMillis() - this.settings.retention().toMillis();
		synchronized (this.campaigns) {
			List<CampaignRun> finished = this.campaigns.values()
				.stream()
				.filter((run) -> run.isDone() || run.isLost())
				.toList();
			int excess = finished.size() - this.settings.retainFinished();
			for (CampaignRun run : finished) {
				if (excess-- > 0 || run.isLost() || run.finishedAt() < oldest) {
					this.campaigns.remove(run.id());
				}
			}
		}
	}

	private void publish(Object event) {
		if (this.publisher != null) {
			try {
				this.publisher.publishEvent(event);
			}
			catch (RuntimeException ex) {
				logger.warn("A campaign event listener failed", ex);
			}
		}
	}

	CompletableFuture<CampaignReport> awaitCompletion(String id) {
		synchronized (this.campaigns) {
			CampaignRun run = this.campaigns.get(id);
			if (run != null && !run.isLost()) {
				return run.completion();
			}
		}
		return this.awaiting.computeIfAbsent(id, (key) -> new CompletableFuture<>());
	}

	/**
	 * Returns a campaign by id: the one this node runs, or (shared store) a view of one that another
	 * node runs or ran.
	 * @param id the campaign id
	 * @return the campaign, if running or finished within the retention
	 */
	public Optional<CampaignHandle> get(String id) {
		synchronized (this.campaigns) {
			CampaignRun run = this.campaigns.get(id);
			if (run != null && !run.isLost()) {
				return Optional.of(run);
			}
		}
		CampaignRecord record = this.store.record(id);
		return (record != null) ? Optional.of(new StoredCampaignHandle(this.store, record, this::awaitCompletion))
				: Optional.empty();
	}

	/**
	 * Returns the campaigns this node runs or recently ran, oldest first.
	 * @return a snapshot of this node's campaigns
	 */
	public List<CampaignHandle> list() {
		synchronized (this.campaigns) {
			return this.campaigns.values().stream().filter((run) -> !run.isLost()).map(CampaignHandle.class::cast)
				.toList();
		}
	}

	/**
	 * Returns every campaign in the store (with the Hazelcast backend: every node's), running or
	 * finished within the retention.
	 * @return a snapshot of the store's campaigns
	 * @since 0.3.0
	 */
	public List<CampaignHandle> listAll() {
		List<CampaignHandle> all = new ArrayList<>();
		for (CampaignRecord record : this.store.records()) {
			all.add(get(record.id()).orElseGet(() -> new StoredCampaignHandle(this.store, record,
					this::awaitCompletion)));
		}
		return all;
	}

	/**
	 * Returns the paused campaigns with their reason: this node's as they stand now and, with a
	 * shared store, every other node's as last written (one read of the campaign records, bounded
	 * by the grid's request timeout; only this node's when the grid does not answer).
	 * @return the paused campaigns, oldest first
	 * @since 0.3.0
	 */
	public List<PausedCampaign> paused() {
		Map<String, PausedCampaign> paused = new LinkedHashMap<>();
		for (CampaignHandle handle : list()) {
			CampaignProgress progress = handle.progress();
			CampaignPause pause = progress.pause();
			if (progress.status() == CampaignStatus.PAUSED && pause != null) {
				paused.put(handle.id(), new PausedCampaign(handle.id(), handle.name(), pause));
			}
		}
		if (this.store.isShared()) {
			try {
				for (CampaignRecord record : this.store.records()) {
					CampaignPause pause = record.pause();
					if (record.status() == CampaignStatus.PAUSED && pause != null && !runsHere(record.id())) {
						paused.put(record.id(), new PausedCampaign(record.id(), record.name(), pause));
					}
				}
			}
			catch (RuntimeException ex) {
				logger.debug("Could not read the campaigns in the store; listing this node's paused campaigns", ex);
			}
		}
		return paused.values()
			.stream()
			.sorted(Comparator.comparing((PausedCampaign campaign) -> campaign.pause().since()))
			.toList();
	}

	/**
	 * Returns the settings.
	 * @return the settings
	 */
	public CampaignSettings getSettings() {
		return this.settings;
	}

	/**
	 * Returns the store campaigns live in.
	 * @return the store
	 * @since 0.3.0
	 */
	public CampaignStore getStore() {
		return this.store;
	}

	/**
	 * Stops this node's campaigns and the background work. With a shared store the campaigns are
	 * handed over (sends not yet written are withdrawn, the lease is given up) so another node
	 * continues them at once; otherwise they are cancelled.
	 */
	@Override
	public void close() {
		this.scheduler.shutdownNow();
		for (CampaignHandle handle : list()) {
			if (this.store.isShared()) {
				((CampaignRun) handle).handOver(HAND_OVER_WAIT);
			}
			else {
				handle.cancel();
			}
		}
		this.io.shutdown();
		if (this.store instanceof AutoCloseable closeable) {
			try {
				closeable.close();
			}
			catch (Exception ex) {
				logger.debug("Could not close the campaign store", ex);
			}
		}
	}

	private final class RunEvents implements CampaignRun.Events {

		@Override
		public void paused(CampaignRun run, CampaignPause pause) {
			logger.warn("Campaign " + run.name() + " paused (" + pause.reason() + ", code " + pause.errorCode()
					+ "): " + pause.detail() + "; resume() continues it");
			publish(new CampaignPausedEvent(WhatsAppCampaigns.this, run.id(), pause));
		}

		@Override
		public void finished(CampaignRun run, CampaignReport report) {
			ScheduledFuture<?> progress = WhatsAppCampaigns.this.progressReports.remove(run.id());
			if (progress != null) {
				progress.cancel(false);
			}
			logger.info("Campaign " + run.name() + " finished" + (report.cancelled() ? " (cancelled)" : "")
					+ ": sent " + report.sent() + "/" + report.total() + ", failed " + report.failed() + " in "
					+ report.elapsed().toMillis() + " ms");
			publish(new CampaignProgressEvent(WhatsAppCampaigns.this, run.id(), run.progress()));
			publish(new CampaignCompletedEvent(WhatsAppCampaigns.this, report));
			evictFinished();
		}

		@Override
		public void lost(CampaignRun run) {
			ScheduledFuture<?> progress = WhatsAppCampaigns.this.progressReports.remove(run.id());
			if (progress != null) {
				progress.cancel(false);
			}
			WhatsAppCampaigns.this.awaiting.putIfAbsent(run.id(), run.completion());
		}

	}

}
