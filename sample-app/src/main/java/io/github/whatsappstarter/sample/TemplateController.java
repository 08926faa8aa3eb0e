package io.github.whatsappstarter.sample;

import java.util.List;

import io.github.whatsappstarter.client.WhatsAppOperations;
import io.github.whatsappstarter.management.template.MessageTemplate;
import io.github.whatsappstarter.management.template.TemplateQuery;
import io.github.whatsappstarter.management.template.TemplateStatus;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Lists the message templates of the configured WhatsApp Business Account
 * ({@code GET /api/templates}, optionally {@code ?status=APPROVED}), reading every page.
 *
 * @author whatsapp-spring-boot-starter
 * @since 0.3.0
 */
@RestController
@RequestMapping("/api/templates")
class TemplateController {

	private final WhatsAppOperations whatsApp;

	TemplateController(WhatsAppOperations whatsApp) {
		this.whatsApp = whatsApp;
	}

	@GetMapping
	List<TemplateSummary> list(@RequestParam(required = false) TemplateStatus status) {
		TemplateQuery query = (status != null) ? TemplateQuery.all().status(status) : TemplateQuery.all();
		return this.whatsApp.templates().stream(query).map(TemplateSummary::of).toList();
	}

	record TemplateSummary(String id, String name, String language, String status, String category) {

		static TemplateSummary of(MessageTemplate template) {
			// the raw values, so a status Meta added after this release still shows as Meta sent it
			return new TemplateSummary(template.id(), template.name(), template.language(),
					String.valueOf(template.statusValue()), String.valueOf(template.categoryValue()));
		}

	}

}
