package io.github.whatsappstarter.message;

import java.util.Locale;
import java.util.Map;

import io.github.whatsappstarter.error.WhatsAppValidationException;
import org.jspecify.annotations.Nullable;

/**
 * A WhatsApp Flows message ({@code "interactive":{"type":"flow"}}): a body and a call-to-action button that
 * opens a Flow, named by {@code flow_id} or {@code flow_name} (exactly one). {@link Action#NAVIGATE} (Meta's
 * default) opens {@code screen} with optional initial {@code data}; {@link Action#DATA_EXCHANGE} asks the
 * business's endpoint for the first screen and takes no payload. Sent with {@code flow_message_version} 3.
 * Build it with {@link WhatsAppMessage#flow(String, String, String)}.
 *
 * @author whatsapp-spring-boot-starter
 * @since 0.2.0
 * @param to the recipient
 * @param bodyText the body text
 * @param cta the button label, at most {@value MessageLimits#FLOW_CTA_MAX_LENGTH} characters, no emoji
 * @param flowId the Flow's id, or {@code null} when named by {@code flowName}
 * @param flowName the Flow's name, or {@code null} when named by {@code flowId}
 * @param flowToken the token the business chose to identify this Flow session, or {@code null}
 * @param mode whether the Flow is sent as draft (for testing) or published
 * @param action how the Flow starts
 * @param screen the first screen's id for {@link Action#NAVIGATE}, otherwise {@code null}
 * @param data the first screen's input for {@link Action#NAVIGATE}, or empty
 * @param header the header, or {@code null}
 * @param footer the footer text, or {@code null}
 * @param replyTo the wamid replied to, or {@code null}
 * @param bizOpaqueCallbackData data echoed in status webhooks, or {@code null}
 */
public record FlowMessage(String to, String bodyText, String cta, @Nullable String flowId, @Nullable String flowName,
		@Nullable String flowToken, Mode mode, Action action, @Nullable String screen, Map<String, Object> data,
		@Nullable InteractiveHeader header, @Nullable String footer, @Nullable String replyTo,
		@Nullable String bizOpaqueCallbackData) implements WhatsAppMessage {

	private static final String PARAMETERS = "interactive.action.parameters.";

	public FlowMessage {
		to = MessageChecks.recipient(to);
		bodyText = InteractiveChecks.body(bodyText);
		cta = MessageChecks.text(cta, PARAMETERS + "flow_cta", MessageLimits.FLOW_CTA_MAX_LENGTH);
		if (cta.codePoints()
			.anyMatch((c) -> Character.isSupplementaryCodePoint(c) || Character.getType(c) == Character.OTHER_SYMBOL)) {
			throw new WhatsAppValidationException(PARAMETERS + "flow_cta", "must not contain emoji");
		}
		flowId = MessageChecks.optionalText(flowId, PARAMETERS + "flow_id");
		flowName = MessageChecks.optionalText(flowName, PARAMETERS + "flow_name");
		if ((flowId == null) == (flowName == null)) {
			throw new WhatsAppValidationException(PARAMETERS + "flow_id", "needs exactly one of flow_id or flow_name");
		}
		flowToken = MessageChecks.optionalText(flowToken, PARAMETERS + "flow_token");
		mode = MessageChecks.notNull(mode, PARAMETERS + "mode");
		action = MessageChecks.notNull(action, PARAMETERS + "flow_action");
		data = MessageChecks.notNull(data, PARAMETERS + "flow_action_payload.data");
		if (action == Action.NAVIGATE) {
			screen = MessageChecks.text(screen, PARAMETERS + "flow_action_payload.screen");
			data = MessageChecks.json(Map.copyOf(data), PARAMETERS + "flow_action_payload.data");
		}
		else if (screen != null || !data.isEmpty()) {
			throw new WhatsAppValidationException(PARAMETERS + "flow_action_payload",
					"must be omitted for data_exchange: the business's endpoint sends the first screen");
		}
		footer = InteractiveChecks.footer(footer);
		replyTo = MessageChecks.replyTo(replyTo);
		bizOpaqueCallbackData = MessageChecks.callbackData(bizOpaqueCallbackData);
	}

	@Override
	public MessageType type() {
		return MessageType.INTERACTIVE;
	}

	@Override
	public FlowMessage replyingTo(String messageId) {
		return new FlowMessage(this.to, this.bodyText, this.cta, this.flowId, this.flowName, this.flowToken, this.mode,
				this.action, this.screen, this.data, this.header, this.footer, messageId, this.bizOpaqueCallbackData);
	}

	@Override
	public FlowMessage withCallbackData(String data) {
		return new FlowMessage(this.to, this.bodyText, this.cta, this.flowId, this.flowName, this.flowToken, this.mode,
				this.action, this.screen, this.data, this.header, this.footer, this.replyTo, data);
	}

	/**
	 * Whether the Flow is sent in its draft or its published version.
	 */
	public enum Mode {

		/** The draft version, for testing before publishing. */
		DRAFT,

		/** The published version (Meta's default). */
		PUBLISHED;

		/**
		 * Returns the wire value.
		 * @return {@code draft} or {@code published}
		 */
		public String value() {
			return name().toLowerCase(Locale.ROOT);
		}

	}

	/**
	 * How the Flow starts ({@code flow_action}).
	 */
	public enum Action {

		/** Opens the screen given in {@code flow_action_payload} (Meta's default). */
		NAVIGATE,

		/** Asks the business's endpoint for the first screen. */
		DATA_EXCHANGE;

		/**
		 * Returns the wire value.
		 * @return {@code navigate} or {@code data_exchange}
		 */
		public String value() {
			return name().toLowerCase(Locale.ROOT);
		}

	}

	/**
	 * Collects the Flow's reference, token, start and frame; {@link #build()} validates them.
	 *
	 * @author whatsapp-spring-boot-starter
	 * @since 0.2.0
	 */
	public static final class Builder {

		private final String to;

		private final String bodyText;

		private final String cta;

		private @Nullable String flowId;

		private @Nullable String flowName;

		private @Nullable String flowToken;

		private Mode mode = Mode.PUBLISHED;

		private Action action = Action.NAVIGATE;

		private @Nullable String screen;

		private Map<String, Object> data = Map.of();

		private @Nullable InteractiveHeader header;

		private @Nullable String footer;

		Builder(String to, String bodyText, String cta) {
			this.to = to;
			this.bodyText = bodyText;
			this.cta = cta;
		}

		/**
		 * Names the Flow by id.
		 * @param flowId the Flow's id
		 * @return this builder
		 */
		public Builder flowId(String flowId) {
			this.flowId = flowId;
			return this;
		}

		/**
		 * Names the Flow by name.
		 * @param flowName the Flow's name
		 * @return this builder
		 */
		public Builder flowName(String flowName) {
			this.flowName = flowName;
			return this;
		}

		/**
		 * Sets the token that identifies this Flow session to the business's endpoint and in the reply.
		 * @param flowToken the token
		 * @return this builder
		 */
		public Builder flowToken(String flowToken) {
			this.flowToken = flowToken;
			return this;
		}

		/**
		 * Sends the Flow's draft version.
		 * @return this builder
		 */
		public Builder draft() {
			this.mode = Mode.DRAFT;
			return this;
		}

		/**
		 * Opens a screen first.
		 * @param screen the screen's id
		 * @return this builder
		 */
		public Builder navigate(String screen) {
			return navigate(screen, Map.of());
		}

		/**
		 * Opens a screen first, with input data.
		 * @param screen the screen's id
		 * @param data the screen's input, written as JSON
		 * @return this builder
		 */
		public Builder navigate(String screen, Map<String, ?> data) {
			this.action = Action.NAVIGATE;
			this.screen = screen;
			this.data = Map.copyOf(MessageChecks.notNull(data, PARAMETERS + "flow_action_payload.data"));
			return this;
		}

		/**
		 * Lets the business's endpoint send the first screen.
		 * @return this builder
		 */
		public Builder dataExchange() {
			this.action = Action.DATA_EXCHANGE;
			this.screen = null;
			this.data = Map.of();
			return this;
		}

		/**
		 * Sets the header.
		 * @param header a text or media header
		 * @return this builder
		 */
		public Builder header(InteractiveHeader header) {
			this.header = header;
			return this;
		}

		/**
		 * Sets the footer.
		 * @param footer the footer text
		 * @return this builder
		 */
		public Builder footer(String footer) {
			this.footer = footer;
			return this;
		}

		/**
		 * Validates and builds the message.
		 * @return the message
		 */
		public FlowMessage build() {
			return new FlowMessage(this.to, this.bodyText, this.cta, this.flowId, this.flowName, this.flowToken,
					this.mode, this.action, this.screen, this.data, this.header, this.footer, null, null);
		}

	}

}
