package io.github.whatsappstarter.sample;

import java.util.List;

import io.github.whatsappstarter.client.WhatsAppOperations;
import io.github.whatsappstarter.message.ImageMessage;
import io.github.whatsappstarter.message.MediaSource;
import io.github.whatsappstarter.message.SendResult;
import io.github.whatsappstarter.message.WhatsAppMessage;
import io.github.whatsappstarter.webhook.WhatsAppWebhookError;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Sends text messages ({@code POST /api/messages} with {@code {"to":"15551234567","text":"Hello"}}) or
 * images uploaded through {@code POST /api/media} ({@code {"to":"...","image":{"id":"..."},"caption":"..."}})
 * and reports their delivery status from the webhook ({@code GET /api/messages/{id}/status}).
 *
 * @author whatsapp-spring-boot-starter
 * @since 0.1.0
 */
@RestController
@RequestMapping("/api/messages")
class MessageController {

	private final WhatsAppOperations whatsApp;

	private final MessageStatusStore statuses;

	MessageController(WhatsAppOperations whatsApp, MessageStatusStore statuses) {
		this.whatsApp = whatsApp;
		this.statuses = statuses;
	}

	@PostMapping
	MessageResponse send(@RequestBody MessageRequest request) {
		SendResult result = (request.image() != null) ? this.whatsApp.send(image(request))
				: this.whatsApp.send(request.to(), request.text());
		return new MessageResponse(result.messageId(), result.bundled());
	}

	@GetMapping("/{messageId}/status")
	ResponseEntity<MessageStatus> status(@PathVariable String messageId) {
		return this.statuses.find(messageId)
			.map((status) -> ResponseEntity.ok(new MessageStatus(messageId, status.status().name().toLowerCase(),
					status.timestamp().toString(), status.errors().stream().map(WhatsAppWebhookError::code).toList())))
			.orElseGet(() -> ResponseEntity.notFound().build());
	}

	private static WhatsAppMessage image(MessageRequest request) {
		ImageMessage image = WhatsAppMessage.image(request.to(), MediaSource.id(request.image().id()));
		return (request.caption() != null) ? image.withCaption(request.caption()) : image;
	}

	record MessageStatus(String messageId, String status, String timestamp, List<Integer> errorCodes) {
	}

	record MessageRequest(String to, String text, Media image, String caption) {
	}

	record Media(String id) {
	}

	record MessageResponse(String messageId, boolean bundled) {
	}

}
