package io.github.whatsappstarter.sample;

import io.github.whatsappstarter.client.WhatsAppOperations;
import io.github.whatsappstarter.message.SendResult;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Sends text messages: {@code POST /api/messages} with {@code {"to":"15551234567","text":"Hello"}}.
 *
 * @author whatsapp-spring-boot-starter
 * @since 0.1.0
 */
@RestController
@RequestMapping("/api/messages")
class MessageController {

	private final WhatsAppOperations whatsApp;

	MessageController(WhatsAppOperations whatsApp) {
		this.whatsApp = whatsApp;
	}

	@PostMapping
	MessageResponse send(@RequestBody MessageRequest request) {
		SendResult result = this.whatsApp.send(request.to(), request.text());
		return new MessageResponse(result.messageId(), result.bundled());
	}

	record MessageRequest(String to, String text) {
	}

	record MessageResponse(String messageId, boolean bundled) {
	}

}
