package io.github.whatsappstarter.ratelimit;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import io.github.whatsappstarter.support.DaemonThreads;
import io.github.whatsappstarter.webhook.WhatsAppPhoneNumberQualityEvent;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.event.EventListener;
import org.springframework.util.Assert;

/**
 * Makes the limiter follow Meta's throughput level for one number: reads
 * {@code GET /{phone-number-id}?fields=throughput} at start-up and raises the level when a
 * {@code phone_number_quality_update} webhook reports {@code THROUGHPUT_UPGRADE}. Meta documents
 * {@code STANDARD} (80/s) and says an upgraded number gets 1,000/s and fires that webhook once the
 * upgrade is complete (https://developers.facebook.com/documentation/business-messaging/whatsapp/throughput);
 * the name of the upgraded level ({@code HIGH}) comes from third-party SDK docs only, so the
 * level-to-rate map is configurable. The webhook names the number by its display number only, so
 * it applies to the configured phone number id. Only one node receives a webhook: it replaces the
 * shared bucket's configuration at once, and every node also reads the level again every
 * {@code refresh} interval, so all nodes agree on the level within that interval (a node still on
 * the lower level only under-uses the budget meanwhile).
 *
 * @author whatsapp-spring-boot-starter
 * @since 0.2.0
 */
public class ThroughputLevelFollower implements SmartInitializingSingleton, DisposableBean {

	private static final Log logger = LogFactory.getLog(ThroughputLevelFollower.class);

	private final BucketRateLimiter limiter;

	private final Function<String, @Nullable String> levelReader;

	private final String phoneNumberId;

	private final Map<String, Integer> levels;

	private final String upgradedLevel;

	private final Duration refresh;

	private @Nullable ScheduledExecutorService scheduler;

	/**
	 * Creates a follower.
	 * @param limiter the limiter whose level follows Meta's
	 * @param levelReader reads a number's current throughput level name from Meta
	 * ({@code GET /{phone-number-id}?fields=throughput}), {@code null} if the answer has none
	 * @param phoneNumberId the number to follow
	 * @param levels messages per second by Meta's level name, e.g. STANDARD=80, HIGH=1000
	 * @param upgradedLevel the level name a THROUGHPUT_UPGRADE webhook means
	 */
	public ThroughputLevelFollower(BucketRateLimiter limiter, Function<String, @Nullable String> levelReader,
			String phoneNumberId,
			Map<String, Integer> levels, String upgradedLevel) {
		this(limiter, levelReader, phoneNumberId, levels, upgradedLevel, Duration.ZERO);
	}

	/**
	 * Creates a follower that also reads the level again every {@code refresh}.
	 * @param limiter the limiter whose level follows Meta's
	 * @param levelReader reads a number's current throughput level name from Meta
	 * @param phoneNumberId the number to follow
	 * @param levels messages per second by Meta's level name, e.g. STANDARD=80, HIGH=1000
	 * @param upgradedLevel the level name a THROUGHPUT_UPGRADE webhook means
	 * @param refresh how often the level is read again; zero reads it at start-up only
	 * @since 0.2.0
	 */
	public ThroughputLevelFollower(BucketRateLimiter limiter, Function<String, @Nullable String> levelReader,
			String phoneNumberId,
			Map<String, Integer> levels, String upgradedLevel, Duration refresh) {
		Assert.isTrue(levels.containsKey(upgradedLevel), "levels must contain the upgraded level");
		Assert.isTrue(refresh != null && !refresh.isNegative(), "refresh must not be negative");
		this.refresh = refresh;
		this.limiter = limiter;
		this.levelReader = levelReader;
		this.phoneNumberId = phoneNumberId;
		this.levels = Map.copyOf(levels);
		this.upgradedLevel = upgradedLevel;
	}

	@Override
	public void afterSingletonsInstantiated() {
		readLevel();
		if (!this.refresh.isZero()) {
			ScheduledExecutorService executor = Executors
				.newSingleThreadScheduledExecutor(DaemonThreads.named("whatsapp-throughput-level"));
			executor.scheduleWithFixedDelay(this::readLevel, this.refresh.toMillis(), this.refresh.toMillis(),
					TimeUnit.MILLISECONDS);
			this.scheduler = executor;
		}
	}

	@Override
	public void destroy() {
		if (this.scheduler != null) {
			this.scheduler.shutdownNow();
		}
	}

	private void readLevel() {
		try {
			apply(this.levelReader.apply(this.phoneNumberId));
		}
		catch (RuntimeException ex) {
			// the configured level stays: a failed read must not stop the application
			logger.warn("Could not read the throughput level of number " + this.phoneNumberId
					+ "; the configured level applies: " + ex.getMessage());
		}
	}

	/**
	 * Raises the number's level when Meta reports a throughput upgrade.
	 * @param event the quality update
	 */
	@EventListener
	public void onQualityUpdate(WhatsAppPhoneNumberQualityEvent event) {
		if (event.throughputUpgrade()) {
			apply(this.upgradedLevel);
		}
	}

	/**
	 * Applies a level reported by Meta; an unknown or missing level leaves the limiter unchanged.
	 * @param level Meta's level name, e.g. STANDARD or HIGH
	 */
	public void apply(@Nullable String level) {
		Integer rate = (level != null) ? this.levels.get(level.toUpperCase(Locale.ROOT)) : null;
		if (rate == null) {
			logger.info("Throughput level " + level + " of number " + this.phoneNumberId
					+ " is not mapped; the configured level applies");
			return;
		}
		this.limiter.setThroughputLevel(this.phoneNumberId, rate);
		logger.info("Number " + this.phoneNumberId + " follows Meta's throughput level " + level + ": " + rate
				+ " messages/s");
	}

}
