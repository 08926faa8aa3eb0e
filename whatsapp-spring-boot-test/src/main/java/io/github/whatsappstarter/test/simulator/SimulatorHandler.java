package io.github.whatsappstarter.test.simulator;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * Routes requests: {@code POST /{version}/{id}/messages} (bearer check, validation, faults, unknown
 * recipients, limits, accept), the media endpoints ({@link MediaEndpoints}) and
 * {@code GET /{version}/{id}?fields=...}. A message or media request samples the
 * current {@link Latency} when it arrives; it is checked, counted and recorded at once and its answer
 * (whatever it is) is written after the sampled latency on the answer scheduler. Field reads and
 * unsupported requests are answered at once. Management edges (templates, business profile, phone numbers,
 * block list) go to {@link ManagementEndpoints} with the same latency and no limits.
 *
 * @author whatsapp-spring-boot-starter
 * @since 0.1.0
 */
final class SimulatorHandler implements HttpHandler {

	private static final System.Logger logger = System.getLogger(SimulatorHandler.class.getName());

	private static final Pattern VERSION = Pattern.compile("v\\d+(\\.\\d+)?");

	private static final byte[] READ_BODY = "{\"success\":true}".getBytes(StandardCharsets.UTF_8);

	private static final byte[] MALFORMED_BODY = "{\"messaging_product\":\"whatsapp\",\"contacts\":[{\"input\""
		.getBytes(StandardCharsets.UTF_8);

	private static final byte[] BAD_GATEWAY_BODY = ("<html><head><title>502 Bad Gateway</title></head><body>"
			+ "<center><h1>502 Bad Gateway</h1></center></body></html>")
		.getBytes(StandardCharsets.UTF_8);

	private final SimulatorConfig config;

	private final Limits limits;

	private final Faults faults;

	private final RequestRecorder recorder;

	private final Webhooks webhooks;

	private final ScheduledExecutorService scheduler;

	private final ScheduledExecutorService answerScheduler;

	private volatile Latency latency;

	private final WamidGenerator wamids = new WamidGenerator();

	private final String expectedAuthorization;

	private final Map<String, NumberLimiter> numbers = new ConcurrentHashMap<>();

	final NumberState number = new NumberState();

	final MediaStore mediaStore = new MediaStore();

	private final MediaEndpoints media;

	final ManagementEndpoints management;

	SimulatorHandler(SimulatorConfig config, Limits limits, Faults faults, RequestRecorder recorder,
			Webhooks webhooks, ScheduledExecutorService scheduler, ScheduledExecutorService answerScheduler) {
		this.config = config;
		this.limits = limits;
		this.faults = faults;
		this.recorder = recorder;
		this.webhooks = webhooks;
		this.scheduler = scheduler;
		this.answerScheduler = answerScheduler;
		this.latency = config.latency;
		this.expectedAuthorization = "Bearer " + config.accessToken;
		this.media = new MediaEndpoints(this.mediaStore, config.accessToken, this::precheck);
		this.management = new ManagementEndpoints(config, limits, this.number, faults, recorder);
	}

	void resetLimiters() {
		this.numbers.clear();
	}

	void latency(Latency latency) {
		this.latency = latency;
	}

	Latency latency() {
		return this.latency;
	}

	@Override
	public void handle(HttpExchange exchange) {
		try {
			dispatch(exchange);
		}
		catch (RuntimeException | IOException ex) {
			logger.log(System.Logger.Level.DEBUG, "Simulator request failed", ex);
			exchange.close();
		}
	}

	private void dispatch(HttpExchange exchange) throws IOException {
		SimulatorCall call = new SimulatorCall(exchange, System.nanoTime(), Instant.now());
		String[] parts = exchange.getRequestURI().getRawPath().split("/");
		byte[] body;
		try (InputStream in = exchange.getRequestBody()) {
			body = in.readAllBytes();
		}
		boolean versionOk = parts.length >= 3 && VERSION.matcher(parts[1]).matches();
		String method = exchange.getRequestMethod();
		if (this.media.handles(method, parts, versionOk)) {
			delay(call);
			this.media.handle(call, method, parts, body);
			return;
		}
		if (versionOk && parts.length == 3 && "GET".equals(method)) {
			fields(call, parts[2]);
			return;
		}
		if (versionOk && parts.length == 4 && ManagementEndpoints.EDGES.contains(parts[3])) {
			// management calls see the same latency as messages, but no throughput limit
			delay(call);
			this.management.handle(call, method, parts[2], parts[3], body);
			return;
		}
		if (!versionOk || parts.length != 4 || !"messages".equals(parts[3]) || !"POST".equals(method)) {
			String details = "Unsupported request: " + method + " " + exchange.getRequestURI().getPath();
			respondError(call, GraphError.of(100, details), null);
			return;
		}
		call.phoneNumberId = parts[2];
		delay(call);
		call.body = this.config.recordBodies ? new String(body, StandardCharsets.UTF_8) : null;
		message(call, body);
	}

	private void delay(SimulatorCall call) {
		Latency current = this.latency;
		if (!current.isNone()) {
			call.delayAnswer(current.sampleNanos(), this.answerScheduler);
		}
	}

	private void message(SimulatorCall call, byte[] body) throws IOException {
		GraphError rejection = precheck(call.exchange, call.phoneNumberId);
		if (rejection != null) {
			respondError(call, rejection, null);
			return;
		}
		MessageRequest request;
		JsonNode root;
		try {
			root = Json.MAPPER.readTree(body);
			request = MessageValidator.validate(root);
		}
		catch (JacksonException ex) {
			respondError(call, GraphError.of(100, "Request body is not valid JSON"), null);
			return;
		}
		catch (MessageValidator.InvalidRequestException ex) {
			respondError(call, GraphError.of(100, ex.getMessage()), null);
			return;
		}
		call.recipient = request.key();
		call.type = request.type();
		GraphError templateError = request.isTemplate() ? this.management.templates.sendCheck(root.path("template"))
				: null;
		if (templateError != null) {
			respondError(call, templateError, null);
			return;
		}
		Fault fault = this.faults.match(request.key());
		if (fault != null && fault.kind != Fault.Kind.DELAY) {
			applyFault(call, fault);
			return;
		}
		if (fault != null) {
			call.fault = Fault.Kind.DELAY;
			this.scheduler.schedule(() -> admitSafely(call, request), fault.delay.toNanos(), TimeUnit.NANOSECONDS);
			return;
		}
		admit(call, request);
	}

	private GraphError precheck(HttpExchange exchange, String phoneNumberId) {
		if (!this.expectedAuthorization.equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
			return GraphError.of(190, "Invalid OAuth access token - Cannot parse access token");
		}
		if (!this.config.registeredPhoneNumberIds.isEmpty() && !phoneNumberId.equals(this.config.phoneNumberId)
				&& !this.config.registeredPhoneNumberIds.contains(phoneNumberId)) {
			return GraphError.of(100, "Unsupported request: object with ID '" + phoneNumberId
					+ "' does not exist, cannot be loaded due to missing permissions, or does not support this operation");
		}
		return null;
	}

	private void admitSafely(SimulatorCall call, MessageRequest request) {
		try {
			admit(call, request);
		}
		catch (RuntimeException | IOException ex) {
			logger.log(System.Logger.Level.DEBUG, "Delayed simulator request failed", ex);
			call.exchange.close();
		}
	}

	private void admit(SimulatorCall call, MessageRequest request) throws IOException {
		if (!request.markAsRead() && this.config.unknownRecipients.contains(request.key())) {
			respondError(call, GraphError.of(131026, "Message undeliverable"), null);
			return;
		}
		if (!request.markAsRead() && this.management.blockList.isBlocked(call.phoneNumberId, request.key())) {
			respondError(call, GraphError.of(130403,
					"Unable to deliver the message. This business has blocked the end user on WhatsApp"), null);
			return;
		}
		Limits.Settings settings = this.limits.settings();
		boolean limited = settings.enabled()
				&& (!request.markAsRead() || this.config.markAsReadCountsTowardThroughput);
		if (limited) {
			NumberLimiter limiter = this.numbers.computeIfAbsent(call.phoneNumberId, (id) -> new NumberLimiter());
			NumberLimiter.Admission admission = limiter.admit(settings, request.key(), request.isTemplate(),
					this.config.messagingLimitErrorCode);
			call.nanoTime = admission.nanoTime();
			if (admission.code() != NumberLimiter.ACCEPTED) {
				respondError(call, limitError(admission.code()), null);
				return;
			}
		}
		else {
			call.nanoTime = System.nanoTime();
		}
		if (request.markAsRead()) {
			record(call, Outcome.READ, 0, 200, null);
			call.respond(200, READ_BODY, "application/json");
			return;
		}
		String wamid = this.wamids.next(request.key());
		record(call, Outcome.ACCEPTED, 0, 200, wamid);
		// known to the webhooks before the client can ask for a status of it; statuses go out after the answer
		call.afterAnswer = this.webhooks.accepted(call.phoneNumberId, wamid, request.key(), request.isTemplate());
		call.respond(200, Json.acceptedBody(request.to(), request.waId(), request.userId(), wamid), "application/json");
	}

	private GraphError limitError(int code) {
		return switch (code) {
			case 130429 -> GraphError.of(code, "Cloud API message throughput has been reached.");
			case 131056 -> GraphError.of(code, "Message failed to send because there were too many messages sent "
					+ "from this phone number to the same phone number in a short period of time.");
			default -> GraphError.of(code, "Messaging limit reached: too many unique recipients in 24 hours.");
		};
	}

	private void applyFault(SimulatorCall call, Fault fault) throws IOException {
		call.fault = fault.kind;
		switch (fault.kind) {
			case GRAPH_ERROR -> {
				call.headers = fault.headers;
				respondError(call, fault.error, fault.kind);
			}
			case BAD_GATEWAY -> {
				record(call, Outcome.FAULT, 0, 502, null);
				call.respond(502, BAD_GATEWAY_BODY, "text/html");
			}
			case MALFORMED_JSON -> {
				record(call, Outcome.FAULT, 0, 200, null);
				call.respond(200, MALFORMED_BODY, "application/json");
			}
			case DROP_CONNECTION -> {
				record(call, Outcome.FAULT, 0, 0, null);
				call.exchange.close();
			}
			default -> {
				record(call, Outcome.FAULT, 0, 0, null);
				this.scheduler.schedule(call.exchange::close, this.config.timeoutFaultHold.toNanos(),
						TimeUnit.NANOSECONDS);
			}
		}
	}

	private void fields(SimulatorCall call, String phoneNumberId) throws IOException {
		GraphError rejection = precheck(call.exchange, phoneNumberId);
		if (rejection != null) {
			call.respondError(rejection);
			return;
		}
		try {
			byte[] answer = PhoneNumberFields.answer(this.config, this.limits, this.number, phoneNumberId,
					call.queryParameter("fields"));
			this.recorder.fieldRead();
			call.respond(200, answer, "application/json");
		}
		catch (MessageValidator.InvalidRequestException ex) {
			call.respondError(GraphError.of(100, ex.getMessage()));
		}
	}

	private void respondError(SimulatorCall call, GraphError error, Fault.Kind fault) throws IOException {
		GraphError answered = error;
		if ((error.code() == 130429 || error.code() == 131056) && error.httpStatus() == 400) {
			answered = error.withHttpStatus(this.config.throttleHttpStatus);
		}
		record(call, (fault != null) ? Outcome.FAULT : Outcome.REJECTED, answered.code(), answered.httpStatus(),
				null);
		call.respondError(answered);
	}

	private void record(SimulatorCall call, Outcome outcome, int code, int status, String wamid) {
		this.recorder.record(new RequestRecord(call.nanoTime, call.receivedAt, call.phoneNumberId, call.recipient,
				call.type, call.body, outcome, code, status, wamid, call.fault));
	}

}
