package io.github.whatsappstarter.sample;

import java.util.List;

import io.github.whatsappstarter.campaign.CampaignHandle;
import io.github.whatsappstarter.campaign.CampaignProgress;
import io.github.whatsappstarter.campaign.WhatsAppCampaigns;
import io.github.whatsappstarter.message.WhatsAppMessage;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Starts staggered campaigns ({@code POST /api/campaigns}) and reports their progress
 * ({@code GET /api/campaigns/{id}}).
 *
 * @author whatsapp-spring-boot-starter
 * @since 0.1.0
 */
@RestController
@RequestMapping("/api/campaigns")
class CampaignController {

	private final WhatsAppCampaigns campaigns;

	CampaignController(WhatsAppCampaigns campaigns) {
		this.campaigns = campaigns;
	}

	@PostMapping
	ResponseEntity<CampaignStarted> start(@RequestBody CampaignRequest request) {
		// built up front so that a bad recipient is a 400 before anything starts
		request.recipients().forEach((to) -> WhatsAppMessage.text(to, request.text()));
		CampaignHandle handle = this.campaigns.campaign()
			.recipients(request.recipients())
			.message((to) -> WhatsAppMessage.text(to, request.text()))
			.start();
		return ResponseEntity.status(HttpStatus.ACCEPTED).body(new CampaignStarted(handle.id()));
	}

	@GetMapping("/{id}")
	ResponseEntity<CampaignStatus> status(@PathVariable String id) {
		return this.campaigns.get(id)
			.map((handle) -> ResponseEntity.ok(CampaignStatus.of(handle.progress())))
			.orElseGet(() -> ResponseEntity.notFound().build());
	}

	record CampaignRequest(List<String> recipients, String text) {
	}

	record CampaignStarted(String id) {
	}

	record CampaignStatus(int total, int sent, int failed, int pending, boolean done, double ratePerSecond) {

		static CampaignStatus of(CampaignProgress progress) {
			return new CampaignStatus(progress.total(), progress.sent(), progress.failed(), progress.pending(),
					progress.finished(), progress.ratePerSecond());
		}

	}

}
