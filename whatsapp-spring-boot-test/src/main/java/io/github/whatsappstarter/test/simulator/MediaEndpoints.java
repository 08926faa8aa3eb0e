package io.github.whatsappstarter.test.simulator;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.BiFunction;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.sun.net.httpserver.HttpExchange;
import tools.jackson.databind.node.ObjectNode;

/**
 * Meta's media endpoints: {@code POST /{version}/{phone-number-id}/media} (multipart upload),
 * {@code GET /{version}/{media-id}} (URL, MIME type, SHA-256, size), {@code DELETE /{version}/{media-id}} and
 * the download URL itself, served here as {@code /whatsapp_business/attachments/?mid=..&ext=..&hash=..} like
 * Meta's {@code lookaside.fbsbx.com} URL. Uploads are checked as Meta checks them (code 100 for a missing
 * {@code messaging_product} or {@code file}, an unsupported type or a file over the type's limit); the URL is
 * signed, expires after {@link MediaStore#urlTtl()} (then 404) and needs the bearer token (else 401).
 *
 * @author whatsapp-spring-boot-starter
 * @since 0.2.0
 */
final class MediaEndpoints {

	static final String DOWNLOAD_PATH = "/whatsapp_business/attachments/";

	private final MediaStore store;

	private final String expectedAuthorization;

	private final BiFunction<HttpExchange, String, GraphError> precheck;

	private final byte[] urlKey = new byte[32];

	MediaEndpoints(MediaStore store, String accessToken, BiFunction<HttpExchange, String, GraphError> precheck) {
		this.store = store;
		this.expectedAuthorization = "Bearer " + accessToken;
		this.precheck = precheck;
		ThreadLocalRandom.current().nextBytes(this.urlKey);
	}

	/**
	 * Whether a request is for one of the media endpoints.
	 * @param method the HTTP method
	 * @param parts the path split at '/'
	 * @param versioned whether {@code parts[1]} is a Graph version
	 * @return whether {@link #handle} answers it
	 */
	boolean handles(String method, String[] parts, boolean versioned) {
		if (parts.length == 3 && "whatsapp_business".equals(parts[1]) && "attachments".equals(parts[2])) {
			return true;
		}
		if (!versioned) {
			return false;
		}
		if (parts.length == 4 && "media".equals(parts[3])) {
			return "POST".equals(method);
		}
		return parts.length == 3 && ("DELETE".equals(method) || ("GET".equals(method) && this.store.wasIssued(parts[2])));
	}

	void handle(SimulatorCall call, String method, String[] parts, byte[] body) throws IOException {
		this.store.request();
		if ("attachments".equals(parts[2])) {
			download(call);
			return;
		}
		boolean upload = parts.length == 4;
		GraphError rejection = upload ? this.precheck.apply(call.exchange, parts[2]) : tokenCheck(call.exchange);
		if (rejection != null) {
			call.respondError(rejection);
			return;
		}
		Fault fault = this.store.faults().match(null);
		if (fault != null && applied(call, fault)) {
			return;
		}
		if (upload) {
			upload(call, parts[2], body);
		}
		else if ("DELETE".equals(method)) {
			delete(call, parts[2]);
		}
		else {
			retrieve(call, parts[2]);
		}
	}

	private void upload(SimulatorCall call, String phoneNumberId, byte[] body) throws IOException {
		List<Multipart.Part> parts = Multipart.parse(call.exchange.getRequestHeaders().getFirst("Content-Type"), body);
		if (parts == null) {
			call.respondError(GraphError.of(100, "The request must be multipart/form-data with the parameters "
					+ "messaging_product, type and file"));
			return;
		}
		Multipart.Part product = part(parts, "messaging_product");
		if (product == null || !"whatsapp".equals(product.text().strip())) {
			call.respondError(GraphError.of(100, "The parameter messaging_product is required."));
			return;
		}
		Multipart.Part file = part(parts, "file");
		if (file == null || file.filename() == null) {
			call.respondError(GraphError.of(100, "The parameter file is required."));
			return;
		}
		Multipart.Part type = part(parts, "type");
		String mimeType = MediaTypes.normalize((type != null) ? type.text() : file.contentType());
		long max = MediaTypes.maxBytes(mimeType);
		if (max < 0) {
			call.respondError(GraphError.of(100, "Param file must be a file with one of the following types: "
					+ MediaTypes.supported() + ". Received file of type '" + mimeType + "'."));
			return;
		}
		if (file.content().length == 0 || file.content().length > max) {
			call.respondError(GraphError.of(100, "Param file must be between 1 and " + max + " bytes for type "
					+ mimeType + " but has " + file.content().length));
			return;
		}
		StoredMedia stored = this.store.store(phoneNumberId, mimeType, file.filename(), file.content());
		call.respond(200, Json.MAPPER.writeValueAsBytes(Json.MAPPER.createObjectNode().put("id", stored.id())),
				"application/json");
	}

	private void retrieve(SimulatorCall call, String mediaId) throws IOException {
		StoredMedia media = owned(call, mediaId);
		if (media == null) {
			return;
		}
		long expires = this.store.takeExpiredUrl() ? System.currentTimeMillis() - 1
				: System.currentTimeMillis() + this.store.urlTtl().toMillis();
		String url = "http://127.0.0.1:" + call.exchange.getLocalAddress().getPort() + DOWNLOAD_PATH + "?mid="
				+ media.id() + "&ext=" + expires + "&hash=" + sign(media.id(), expires);
		ObjectNode root = Json.MAPPER.createObjectNode();
		root.put("messaging_product", "whatsapp");
		root.put("url", url);
		root.put("mime_type", media.mimeType());
		root.put("sha256", media.sha256());
		root.put("file_size", media.size());
		root.put("id", media.id());
		call.respond(200, Json.MAPPER.writeValueAsBytes(root), "application/json");
	}

	private void delete(SimulatorCall call, String mediaId) throws IOException {
		if (owned(call, mediaId) == null) {
			return;
		}
		this.store.delete(mediaId);
		call.respond(200, "{\"success\":true}".getBytes(StandardCharsets.UTF_8), "application/json");
	}

	/** The media, or {@code null} after answering 100 as Meta does for an unknown id or another number's media. */
	private StoredMedia owned(SimulatorCall call, String mediaId) throws IOException {
		StoredMedia media = this.store.find(mediaId).orElse(null);
		String phoneNumberId = call.queryParameter("phone_number_id");
		if (media == null || (phoneNumberId != null && !phoneNumberId.equals(media.phoneNumberId()))) {
			call.respondError(GraphError.of(100, "Unsupported request: object with ID '" + mediaId
					+ "' does not exist, cannot be loaded due to missing permissions, or does not support this operation"));
			return null;
		}
		return media;
	}

	private void download(SimulatorCall call) throws IOException {
		if (!this.expectedAuthorization.equals(call.exchange.getRequestHeaders().getFirst("Authorization"))) {
			call.respond(401, "Unauthorized: the access token is required".getBytes(StandardCharsets.UTF_8),
					"text/plain");
			return;
		}
		String mediaId = call.queryParameter("mid");
		String ext = call.queryParameter("ext");
		String hash = call.queryParameter("hash");
		long expires;
		try {
			expires = Long.parseLong(ext);
		}
		catch (NumberFormatException ex) {
			expires = -1;
		}
		if (mediaId == null || hash == null || expires < 0 || !MessageDigest.isEqual(
				sign(mediaId, expires).getBytes(StandardCharsets.US_ASCII), hash.getBytes(StandardCharsets.US_ASCII))) {
			call.respond(403, "URL signature mismatch".getBytes(StandardCharsets.UTF_8), "text/plain");
			return;
		}
		StoredMedia media = this.store.find(mediaId).orElse(null);
		if (media == null || System.currentTimeMillis() > expires) {
			call.respond(404, "URL signature expired".getBytes(StandardCharsets.UTF_8), "text/plain");
			return;
		}
		this.store.downloaded();
		call.respond(200, media.content(), media.mimeType());
	}

	private static boolean applied(SimulatorCall call, Fault fault) throws IOException {
		switch (fault.kind) {
			case GRAPH_ERROR -> {
				call.headers = fault.headers;
				call.respondError(fault.error);
			}
			case BAD_GATEWAY -> call.respond(502, "<html><body>502 Bad Gateway</body></html>".getBytes(
					StandardCharsets.UTF_8), "text/html");
			case DROP_CONNECTION -> call.exchange.close();
			default -> {
				return false;
			}
		}
		return true;
	}

	private GraphError tokenCheck(HttpExchange exchange) {
		return this.expectedAuthorization.equals(exchange.getRequestHeaders().getFirst("Authorization")) ? null
				: GraphError.of(190, "Invalid OAuth access token - Cannot parse access token");
	}

	private String sign(String mediaId, long expires) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(this.urlKey, "HmacSHA256"));
			return HexFormat.of().formatHex(mac.doFinal((mediaId + ":" + expires).getBytes(StandardCharsets.UTF_8)));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static Multipart.Part part(List<Multipart.Part> parts, String name) {
		for (Multipart.Part part : parts) {
			if (name.equals(part.name())) {
				return part;
			}
		}
		return null;
	}

}
