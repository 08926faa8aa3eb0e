package io.github.whatsappstarter.webhook;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.util.Assert;
import org.springframework.web.HttpRequestHandler;

/**
 * The webhook endpoint as a plain Spring MVC {@link HttpRequestHandler}. {@code GET} answers the
 * verification handshake. {@code POST} rejects bodies over the size limit (413) and non-JSON
 * content (415), checks the signature on the raw bytes (401 missing, 403 wrong) before parsing,
 * answers 400 only for a body that is not JSON (unreadable parts of a delivery are published as
 * {@link WhatsAppWebhookSkippedEvent}), and otherwise publishes the events synchronously. It answers
 * 200 once every update of the delivery was processed (or was a duplicate), and 500 when a
 * listener or failed-status handler threw for one of them, or another delivery of one of them was
 * still being processed: Meta then delivers the whole batch again (for up to 7 days), and since
 * only the completed updates were marked seen, only the others reach the listeners again. An update
 * is never marked seen before its listeners returned, so a node dying mid-listener loses nothing.
 *
 * @author whatsapp-spring-boot-starter
 * @since 0.1.0
 */
public class WhatsAppWebhookHandler implements HttpRequestHandler {

	private static final Log logger = LogFactory.getLog(WhatsAppWebhookHandler.class);

	private final WebhookHandshake handshake;

	private final @Nullable WebhookSignatureVerifier signatureVerifier;

	private final WebhookPayloadParser parser;

	private final WebhookEventDispatcher dispatcher;

	private final long maxBodyBytes;

	/**
	 * Creates a handler.
	 * @param handshake answers verification requests
	 * @param signatureVerifier checks signatures, or {@code null} to accept unsigned bodies (local
	 * development only)
	 * @param parser parses bodies
	 * @param dispatcher publishes events
	 * @param maxBodyBytes the largest body accepted
	 */
	public WhatsAppWebhookHandler(WebhookHandshake handshake, @Nullable WebhookSignatureVerifier signatureVerifier,
			WebhookPayloadParser parser, WebhookEventDispatcher dispatcher, long maxBodyBytes) {
		Assert.isTrue(maxBodyBytes > 0, "maxBodyBytes must be positive");
		this.handshake = handshake;
		this.signatureVerifier = signatureVerifier;
		this.parser = parser;
		this.dispatcher = dispatcher;
		this.maxBodyBytes = maxBodyBytes;
	}

	@Override
	public void handleRequest(HttpServletRequest request, HttpServletResponse response) throws IOException {
		if ("GET".equals(request.getMethod())) {
			handshake(request, response);
		}
		else if ("POST".equals(request.getMethod())) {
			response.setStatus(receive(request));
		}
		else {
			response.setHeader(HttpHeaders.ALLOW, "GET, POST");
			response.setStatus(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
		}
	}

	private void handshake(HttpServletRequest request, HttpServletResponse response) throws IOException {
		Optional<String> challenge = this.handshake.verify(request.getParameter("hub.mode"),
				request.getParameter("hub.verify_token"), request.getParameter("hub.challenge"));
		if (challenge.isEmpty()) {
			logger.warn("Refused a webhook verification request (wrong mode or verify token)");
			response.setStatus(HttpServletResponse.SC_FORBIDDEN);
			return;
		}
		response.setStatus(HttpServletResponse.SC_OK);
		response.setContentType("text/plain;charset=UTF-8");
		response.setHeader("X-Content-Type-Options", "nosniff");
		response.getOutputStream().write(challenge.get().getBytes(StandardCharsets.UTF_8));
	}

	private int receive(HttpServletRequest request) throws IOException {
		if (request.getContentLengthLong() > this.maxBodyBytes) {
			return reject(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, "body larger than the limit");
		}
		if (!isJson(request.getContentType())) {
			return reject(HttpServletResponse.SC_UNSUPPORTED_MEDIA_TYPE, "content type is not application/json");
		}
		byte[] body = BoundedBodyReader.read(request.getInputStream(), this.maxBodyBytes);
		if (body == null) {
			return reject(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, "body larger than the limit");
		}
		if (this.signatureVerifier != null) {
			WebhookSignatureVerifier.Result check = this.signatureVerifier.verify(body,
					request.getHeader(WebhookSignatureVerifier.HEADER));
			if (check != WebhookSignatureVerifier.Result.VALID) {
				return (check == WebhookSignatureVerifier.Result.MISSING)
						? reject(HttpServletResponse.SC_UNAUTHORIZED, "signature header missing")
						: reject(HttpServletResponse.SC_FORBIDDEN, "signature does not match");
			}
		}
		List<WhatsAppWebhookEvent> events;
		try {
			events = this.parser.parse(body);
		}
		catch (WebhookPayloadException ex) {
			return reject(HttpServletResponse.SC_BAD_REQUEST, "malformed payload: " + ex.getMessage());
		}
		WebhookEventDispatcher.Result result = this.dispatcher.dispatch(events);
		if (logger.isDebugEnabled()) {
			logger.debug("Webhook delivery with " + events.size() + " update(s): " + result);
		}
		// the failures were logged by the dispatcher
		return result.completed() ? HttpServletResponse.SC_OK : HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
	}

	private static boolean isJson(@Nullable String contentType) {
		if (contentType == null) {
			return false;
		}
		try {
			return MediaType.APPLICATION_JSON.isCompatibleWith(MediaType.parseMediaType(contentType));
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

	private static int reject(int status, String reason) {
		logger.warn("Rejected a webhook delivery with " + status + ": " + reason);
		return status;
	}

}
