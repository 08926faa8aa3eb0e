package io.github.whatsappstarter.sample;

import io.github.whatsappstarter.client.WhatsAppOperations;
import io.github.whatsappstarter.error.WhatsAppValidationException;
import io.github.whatsappstarter.media.MediaUpload;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Relays a file to the media upload ({@code POST /api/media} with a multipart {@code file}) and answers
 * the media id, which {@code POST /api/messages} then takes as {@code {"image":{"id":"..."}}}.
 *
 * @author whatsapp-spring-boot-starter
 * @since 0.2.0
 */
@RestController
@RequestMapping("/api/media")
class MediaController {

	private final WhatsAppOperations whatsApp;

	MediaController(WhatsAppOperations whatsApp) {
		this.whatsApp = whatsApp;
	}

	@PostMapping
	MediaResponse upload(@RequestParam("file") MultipartFile file) {
		if (file.getContentType() == null) {
			throw new WhatsAppValidationException("type", "the file part has no Content-Type");
		}
		// streamed from the servlet container's temporary file; type and size are checked before the call
		return new MediaResponse(this.whatsApp.media().upload(MediaUpload.of(file.getResource(), file.getContentType())));
	}

	record MediaResponse(String id) {
	}

}
