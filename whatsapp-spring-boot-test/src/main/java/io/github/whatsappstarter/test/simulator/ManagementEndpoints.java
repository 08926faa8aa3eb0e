package io.github.whatsappstarter.test.simulator;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.node.ObjectNode;

/**
 * Routes the management edges {@code /{version}/{id}/{edge}}: {@code message_templates} and
 * {@code phone_numbers} of the account, {@code whatsapp_business_profile} and {@code block_users}
 * of a number. Bearer check first, then an injected fault for any recipient ({@link Fault.Kind#GRAPH_ERROR}
 * with its headers, {@link Fault.Kind#BAD_GATEWAY}, {@link Fault.Kind#DROP_CONNECTION}; other kinds are
 * ignored here), then the endpoint. Every call is counted in {@link RequestRecorder#managementCalls()}.
 * These calls do not use the throughput limits.
 *
 * @author whatsapp-spring-boot-starter
 * @since 0.3.0
 */
final class ManagementEndpoints {

	static final Set<String> EDGES = Set.of("message_templates", "phone_numbers", "whatsapp_business_profile",
			"block_users");

	private static final byte[] BAD_GATEWAY_BODY = "<html><body><h1>502 Bad Gateway</h1></body></html>"
		.getBytes(java.nio.charset.StandardCharsets.UTF_8);

	private final SimulatorConfig config;

	private final Limits limits;

	private final NumberState number;

	private final Faults faults;

	private final RequestRecorder recorder;

	final TemplateStore templateStore = new TemplateStore();

	final TemplateEndpoints templates = new TemplateEndpoints(this.templateStore);

	final ProfileEndpoints profiles = new ProfileEndpoints();

	final BlockList blockList;

	ManagementEndpoints(SimulatorConfig config, Limits limits, NumberState number, Faults faults,
			RequestRecorder recorder) {
		this.config = config;
		this.limits = limits;
		this.number = number;
		this.faults = faults;
		this.recorder = recorder;
		this.blockList = new BlockList(config);
	}

	void handle(SimulatorCall call, String method, String id, String edge, byte[] body) throws IOException {
		this.recorder.managementCall(method + " /" + id + "/" + edge);
		if (!("Bearer " + this.config.accessToken).equals(call.exchange.getRequestHeaders().getFirst("Authorization"))) {
			call.respondError(GraphError.of(190, "Invalid OAuth access token - Cannot parse access token"));
			return;
		}
		boolean accountEdge = "message_templates".equals(edge) || "phone_numbers".equals(edge);
		if (!(accountEdge ? WebhookPayloads.WABA_ID.equals(id) : knownNumber(id))) {
			call.respondError(GraphError.of(100, "Unsupported request: object with ID '" + id
					+ "' does not exist, cannot be loaded due to missing permissions, or does not support this operation"));
			return;
		}
		Fault fault = this.faults.match(null);
		if (fault != null && fault.kind == Fault.Kind.GRAPH_ERROR) {
			call.headers = fault.headers;
			call.respondError(fault.error);
			return;
		}
		if (fault != null && fault.kind == Fault.Kind.BAD_GATEWAY) {
			call.respond(502, BAD_GATEWAY_BODY, "text/html");
			return;
		}
		if (fault != null && fault.kind == Fault.Kind.DROP_CONNECTION) {
			call.exchange.close();
			return;
		}
		try {
			route(call, method, id, edge, body);
		}
		catch (JacksonException ex) {
			call.respondError(GraphError.of(100, "Request body is not valid JSON"));
		}
		catch (MessageValidator.InvalidRequestException ex) {
			call.respondError(GraphError.of(100, ex.getMessage()));
		}
	}

	private void route(SimulatorCall call, String method, String id, String edge, byte[] body) throws IOException {
		switch (edge + " " + method) {
			case "message_templates GET" -> ok(call, this.templates.list(call));
			case "message_templates POST" -> ok(call, this.templates.create(body));
			case "message_templates DELETE" -> ok(call, this.templates.delete(call));
			case "phone_numbers GET" -> ok(call, phoneNumbers(call));
			case "whatsapp_business_profile GET" -> ok(call, this.profiles.get(id, call.queryParameter("fields")));
			case "whatsapp_business_profile POST" -> ok(call, this.profiles.update(id, body));
			case "block_users GET" -> ok(call, this.blockList.list(id, call));
			case "block_users POST", "block_users DELETE" -> {
				BlockList.Answer answer = this.blockList.change(id, body, "POST".equals(method));
				call.respond(answer.status(), answer.body(), "application/json");
			}
			default -> call.respondError(GraphError.of(100, "Unsupported " + method + " request on " + edge));
		}
	}

	private byte[] phoneNumbers(SimulatorCall call) {
		Set<String> ids = new TreeSet<>(this.config.registeredPhoneNumberIds);
		ids.add(this.config.phoneNumberId);
		String fields = call.queryParameter("fields");
		List<ObjectNode> numbers = new ArrayList<>();
		for (String id : ids) {
			numbers.add(PhoneNumberFields.node(this.config, this.limits, this.number, id,
					(fields != null) ? fields : "verified_name,code_verification_status,display_phone_number,"
							+ "quality_rating,platform_type,throughput,id"));
		}
		return Json.MAPPER.writeValueAsBytes(Paging.page(numbers, call));
	}

	private boolean knownNumber(String id) {
		return this.config.registeredPhoneNumberIds.isEmpty() || id.equals(this.config.phoneNumberId)
				|| this.config.registeredPhoneNumberIds.contains(id);
	}

	private static void ok(SimulatorCall call, byte[] body) throws IOException {
		call.respond(200, body, "application/json");
	}

	void clear() {
		this.templateStore.clear();
		this.profiles.clear();
		this.blockList.clear();
	}

}
