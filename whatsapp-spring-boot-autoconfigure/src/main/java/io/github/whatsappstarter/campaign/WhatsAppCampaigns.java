package io.github.whatsappstarter.campaign;

import io.github.whatsappstarter.support.DaemonThreads;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import io.github.whatsappstarter.client.WhatsAppOperations;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.util.Assert;

/**
 * Starts campaigns and keeps a registry of them by id: running ones and the most recent finished
 * ones. Campaigns send through {@link WhatsAppOperations#sendAsync(String,
 * io.github.whatsappstarter.message.WhatsAppMessage, Instant)}, so they run at the rate limiter's
 * pace without a thread per message. Progress is logged and published as
 * {@link CampaignProgressEvent}s; completion as a {@link CampaignCompletedEvent}.
 *
 * @author whatsapp-spring-boot-starter
 * @since 0.1.0
 */
public class WhatsAppCampaigns implements AutoCloseable {

	private static final Log logger = LogFactory.getLog(WhatsAppCampaigns.class);

	private final WhatsAppOperations operations;

	private final CampaignSettings settings;

	private final @Nullable ApplicationEventPublisher publisher;

	private final ScheduledExecutorService scheduler;

	private final Map<String, CampaignRun> campaigns = new LinkedHashMap<>();

	/**
	 * Creates a registry.
	 * @param operations the operations campaigns send through
	 * @param settings in-flight bound, progress interval, retention
	 * @param publisher where progress and completion events go, or {@code null}
	 */
	public WhatsAppCampaigns(WhatsAppOperations operations, CampaignSettings settings,
			@Nullable ApplicationEventPublisher publisher) {
		Assert.notNull(operations, "operations must not be null");
		Assert.notNull(settings, "settings must not be null");
		this.operations = operations;
		this.settings = settings;
		this.publisher = publisher;
		ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(1,
				DaemonThreads.named("whatsapp-campaign-progress"));
		executor.setRemoveOnCancelPolicy(true);
		this.scheduler = executor;
	}

	/**
	 * Starts describing a campaign.
	 * @return a builder; call {@link CampaignBuilder#start()} to run it
	 */
	public CampaignBuilder campaign() {
		return new CampaignBuilder(this);
	}

	CampaignHandle start(@Nullable String name, @Nullable String phoneNumberId, @Nullable Duration deadline,
			List<RecipientQueue> recipients, List<CampaignFailure> buildFailures) {
		String id = UUID.randomUUID().toString();
		Instant until = (deadline != null) ? Instant.now().plus(deadline) : Instant.MAX;
		String from = (phoneNumberId != null) ? phoneNumberId : this.operations.getPhoneNumberId();
		ScheduledFuture<?>[] progress = new ScheduledFuture<?>[1];
		CampaignRun run = new CampaignRun(id, (name != null) ? name : id, this.operations, from, recipients,
				buildFailures, until, this.settings.maxInFlight(), (finished) -> finished(finished, progress[0]));
		synchronized (this.campaigns) {
			this.campaigns.put(id, run);
		}
		long interval = this.settings.progressInterval().toNanos();
		if (interval > 0) {
			progress[0] = this.scheduler.scheduleAtFixedRate(() -> report(run), interval, interval,
					TimeUnit.NANOSECONDS);
		}
		logger.info("Campaign " + run.name() + " started: " + run.progress().total() + " messages");
		run.start();
		return run;
	}

	private void report(CampaignRun run) {
		CampaignProgress progress = run.progress();
		logger.info("Campaign " + run.name() + ": " + progress);
		publish(new CampaignProgressEvent(this, run.id(), progress));
	}

	private void finished(CampaignRun run, @Nullable ScheduledFuture<?> progress) {
		if (progress != null) {
			progress.cancel(false);
		}
		CampaignReport report = run.completion().join();
		logger.info("Campaign " + run.name() + " finished" + (report.cancelled() ? " (cancelled)" : "") + ": sent "
				+ report.sent() + "/" + report.total() + ", failed " + report.failed() + " in "
				+ report.elapsed().toMillis() + " ms");
		publish(new CampaignProgressEvent(this, run.id(), run.progress()));
		publish(new CampaignCompletedEvent(this, report));
		evictFinished();
	}

	private void evictFinished() {
		synchronized (this.campaigns) {
			List<String> finished = this.campaigns.values()
				.stream()
				.filter((run) -> run.completion().isDone())
				.map(CampaignRun::id)
				.toList();
			for (int i = 0; i < finished.size() - this.settings.retainFinished(); i++) {
				this.campaigns.remove(finished.get(i));
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

	/**
	 * Returns a campaign by id.
	 * @param id the campaign id
	 * @return the campaign, if running or recently finished
	 */
	public Optional<CampaignHandle> get(String id) {
		synchronized (this.campaigns) {
			return Optional.ofNullable(this.campaigns.get(id));
		}
	}

	/**
	 * Returns the running and the recently finished campaigns, oldest first.
	 * @return a snapshot of the registry
	 */
	public List<CampaignHandle> list() {
		synchronized (this.campaigns) {
			return new ArrayList<>(this.campaigns.values());
		}
	}

	/**
	 * Returns the settings.
	 * @return the settings
	 */
	public CampaignSettings getSettings() {
		return this.settings;
	}

	/**
	 * Cancels running campaigns and stops the progress reporting.
	 */
	@Override
	public void close() {
		list().forEach(CampaignHandle::cancel);
		this.scheduler.shutdownNow();
	}

}
