package io.github.whatsappstarter.test.simulator;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;

/**
 * Posts signed webhooks to the configured callback: automatic status updates for accepted messages
 * (default sent, delivered, read), optionally duplicated or in reverse order, failures for chosen
 * recipients (phone numbers or business-scoped user ids), inbound texts (also from users with a username),
 * quality and template status updates, and any payload on demand. Posting runs on its own executor and never blocks the message path.
 *
 * @author whatsapp-spring-boot-starter
 * @since 0.1.0
 */
public final class Webhooks {

	private static final List<String> DEFAULT_STATUSES = List.of("sent", "delivered", "read");

	private final SimulatorConfig config;

	private final ExecutorService executor;

	private final HttpClient client;

	private final Map<String, String[]> messages = new ConcurrentHashMap<>();

	private final Map<String, int[]> failures = new ConcurrentHashMap<>();

	private final Map<String, String> usernames = new ConcurrentHashMap<>();

	private volatile String url;

	private volatile String appSecret;

	private volatile List<String> statuses = DEFAULT_STATUSES;

	private volatile boolean duplicates;

	private volatile boolean reversed;

	Webhooks(SimulatorConfig config, ExecutorService executor) {
		this.config = config;
		this.executor = executor;
		this.client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
		restore();
	}

	/**
	 * Point the webhooks at a callback; a null url stops automatic webhooks.
	 * @param url the callback URL
	 * @param appSecret the app secret that signs the bodies
	 * @return this
	 */
	public Webhooks configure(String url, String appSecret) {
		this.url = url;
		this.appSecret = appSecret;
		return this;
	}

	/**
	 * The statuses posted for each accepted message, in this order; none stops automatic webhooks.
	 * @param statuses e.g. "sent", "delivered", "read"
	 * @return this
	 */
	public Webhooks autoStatuses(String... statuses) {
		this.statuses = List.of(statuses);
		return this;
	}

	/**
	 * Post every automatic status twice.
	 * @param duplicates whether to duplicate
	 * @return this
	 */
	public Webhooks duplicates(boolean duplicates) {
		this.duplicates = duplicates;
		return this;
	}

	/**
	 * Post the automatic statuses in reverse order (read before delivered before sent).
	 * @param outOfOrder whether to reverse
	 * @return this
	 */
	public Webhooks outOfOrder(boolean outOfOrder) {
		this.reversed = outOfOrder;
		return this;
	}

	/**
	 * Messages accepted for this recipient get "sent" then "failed" with these codes.
	 * @param recipient the recipient (a leading '+' is ignored)
	 * @param errorCodes the codes in {@code errors[]}
	 * @return this
	 */
	public Webhooks failFor(String recipient, int... errorCodes) {
		this.failures.put(recipient.startsWith("+") ? recipient.substring(1) : recipient, errorCodes.clone());
		return this;
	}

	/**
	 * Give a business-scoped user id a username: statuses of messages sent to that BSUID carry it in
	 * {@code contacts[].profile.username} on delivered and read, as Meta does.
	 * @param userId the BSUID, e.g. {@code US.13491208655302741918}
	 * @param username the username
	 * @return this
	 */
	public Webhooks username(String userId, String username) {
		this.usernames.put(userId, username);
		return this;
	}

	/**
	 * Post one status update for a message the simulator accepted while webhooks were configured.
	 * @param wamid the message id
	 * @param status e.g. "delivered" or "failed"
	 * @param errorCodes codes for {@code errors[]} (with "failed")
	 * @return the callback's HTTP status
	 */
	public CompletableFuture<Integer> sendStatus(String wamid, String status, int... errorCodes) {
		String[] target = this.messages.get(wamid);
		if (target == null) {
			throw new IllegalArgumentException("Unknown message id " + wamid);
		}
		byte[] body = WebhookPayloads.status(this.config.displayPhoneNumber, target[0], wamid, target[1],
				"template".equals(target[2]), this.usernames.get(target[1]), status, errorCodes);
		return CompletableFuture.supplyAsync(() -> post(body), this.executor);
	}

	/**
	 * Post an inbound text message from a user to the default number.
	 * @param from the user's number (digits)
	 * @param text the text
	 * @return the callback's HTTP status
	 */
	public CompletableFuture<Integer> sendInboundText(String from, String text) {
		byte[] body = WebhookPayloads.inboundText(this.config.displayPhoneNumber, this.config.phoneNumberId, from,
				"wamid.IN" + Json.randomToken(24), text);
		return CompletableFuture.supplyAsync(() -> post(body), this.executor);
	}

	/**
	 * Post an inbound text from a user who adopted a username: no {@code from} and no {@code wa_id},
	 * only the business-scoped user id ({@code from_user_id}, {@code contacts[].user_id}) and
	 * {@code contacts[].profile.username}.
	 * @param userId the user's BSUID, e.g. {@code US.13491208655302741918}
	 * @param username the username
	 * @param text the text
	 * @return the callback's HTTP status
	 */
	public CompletableFuture<Integer> sendInboundTextFromUsername(String userId, String username, String text) {
		byte[] body = WebhookPayloads.inboundText(this.config.displayPhoneNumber, this.config.phoneNumberId, null,
				userId, username, "wamid.IN" + Json.randomToken(24), text);
		return CompletableFuture.supplyAsync(() -> post(body), this.executor);
	}

	/**
	 * Post a {@code phone_number_quality_update} for the default number.
	 * @param event e.g. {@code THROUGHPUT_UPGRADE}, {@code UPGRADE}, {@code DOWNGRADE}
	 * @param currentLimit the current limit, e.g. {@code TIER_UNLIMITED}, or null to leave it out
	 * @return the callback's HTTP status
	 */
	public CompletableFuture<Integer> sendPhoneNumberQualityUpdate(String event, String currentLimit) {
		byte[] body = WebhookPayloads.phoneNumberQualityUpdate(this.config.displayPhoneNumber, event, currentLimit);
		return CompletableFuture.supplyAsync(() -> post(body), this.executor);
	}

	/**
	 * Post a {@code message_template_status_update}.
	 * @param templateId the template id
	 * @param name the template name
	 * @param language the template language, e.g. {@code en_US}
	 * @param event the new status, e.g. {@code APPROVED}, {@code REJECTED}, {@code PAUSED}
	 * @param reason the reason, or null for {@code NONE}
	 * @return the callback's HTTP status
	 */
	public CompletableFuture<Integer> sendTemplateStatusUpdate(long templateId, String name, String language,
			String event, String reason) {
		byte[] body = WebhookPayloads.templateStatusUpdate(templateId, name, language, event, reason);
		return CompletableFuture.supplyAsync(() -> post(body), this.executor);
	}

	/**
	 * Post any payload, signed with the app secret.
	 * @param json the exact body
	 * @return the callback's HTTP status
	 */
	public CompletableFuture<Integer> postSigned(String json) {
		byte[] body = json.getBytes(StandardCharsets.UTF_8);
		return CompletableFuture.supplyAsync(() -> post(body), this.executor);
	}

	/**
	 * Remember an accepted message at once (so that {@link #sendStatus} knows it before the client has the
	 * answer) and prepare its automatic statuses.
	 * @return the task that starts posting the statuses, to run after the answer was written; null for none
	 */
	Runnable accepted(String phoneNumberId, String wamid, String recipient, boolean template) {
		if (this.url == null) {
			return null;
		}
		this.messages.put(wamid, new String[] { phoneNumberId, recipient, template ? "template" : "free-form" });
		List<String> list = this.statuses;
		if (list.isEmpty()) {
			return null;
		}
		int[] failure = this.failures.get(recipient);
		List<String> order = new ArrayList<>((failure != null) ? List.of("sent", "failed") : list);
		if (this.reversed) {
			Collections.reverse(order);
		}
		boolean twice = this.duplicates;
		String username = this.usernames.get(recipient);
		String display = this.config.displayPhoneNumber;
		Runnable posting = () -> {
			for (String status : order) {
				int[] codes = "failed".equals(status) && failure != null ? failure : new int[0];
				byte[] body = WebhookPayloads.status(display, phoneNumberId, wamid, recipient, template, username,
						status, codes);
				post(body);
				if (twice) {
					post(body);
				}
			}
		};
		return () -> {
			try {
				this.executor.execute(posting);
			}
			catch (RejectedExecutionException ex) {
				// the simulator is closing
			}
		};
	}

	void restore() {
		this.url = this.config.webhookUrl;
		this.appSecret = this.config.appSecret;
		this.statuses = DEFAULT_STATUSES;
		this.duplicates = false;
		this.reversed = false;
		this.failures.clear();
		this.usernames.clear();
		this.messages.clear();
	}

	private int post(byte[] body) {
		String target = this.url;
		String secret = this.appSecret;
		if (target == null || secret == null) {
			throw new IllegalStateException("Webhook URL and app secret must be configured");
		}
		HttpRequest request = HttpRequest.newBuilder(URI.create(target))
			.timeout(Duration.ofSeconds(5))
			.header("Content-Type", "application/json")
			.header(WebhookSignature.HEADER, WebhookSignature.sign(secret, body))
			.POST(HttpRequest.BodyPublishers.ofByteArray(body))
			.build();
		try {
			return this.client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
		}
		catch (java.io.IOException ex) {
			return -1;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return -1;
		}
	}

}
