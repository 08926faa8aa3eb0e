package io.github.whatsappstarter.sample;

import java.util.List;
import java.util.function.Predicate;

import io.github.whatsappstarter.campaign.CampaignHandle;
import io.github.whatsappstarter.campaign.CampaignMessages;
import io.github.whatsappstarter.campaign.CampaignPause;
import io.github.whatsappstarter.campaign.CampaignProgress;
import io.github.whatsappstarter.campaign.WhatsAppCampaigns;
import io.github.whatsappstarter.message.WhatsAppMessage;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Starts staggered campaigns ({@code POST /api/campaigns}), reports their progress
 * ({@code GET /api/campaigns/{id}}) and cancels or resumes them ({@code POST .../cancel},
 * {@code POST .../resume}). Campaigns live in Hazelcast, so every node of a cluster answers for
 * every campaign, and a surviving node finishes the campaign of a node that died.
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
		// checked up front so that a bad recipient is a 400 before anything starts
		request.recipients().forEach((to) -> WhatsAppMessage.text(to, request.text()));
		CampaignHandle handle = this.campaigns.campaign()
			.recipients(request.recipients())
			// serializable: stored with the campaign, so any node can resume it
			.messageFactory(CampaignMessages.text(request.text()))
			.start();
		return ResponseEntity.status(HttpStatus.ACCEPTED).body(new CampaignStarted(handle.id()));
	}

	@GetMapping("/{id}")
	ResponseEntity<CampaignView> status(@PathVariable String id) {
		return this.campaigns.get(id)
			.map((handle) -> ResponseEntity.ok(CampaignView.of(handle.progress())))
			.orElseGet(() -> ResponseEntity.notFound().build());
	}

	@PostMapping("/{id}/cancel")
	ResponseEntity<CampaignView> cancel(@PathVariable String id) {
		return act(id, CampaignHandle::cancel);
	}

	@PostMapping("/{id}/resume")
	ResponseEntity<CampaignView> resume(@PathVariable String id) {
		return act(id, CampaignHandle::resume);
	}

	private ResponseEntity<CampaignView> act(String id, Predicate<CampaignHandle> action) {
		return this.campaigns.get(id)
			.map((handle) -> ResponseEntity.status(action.test(handle) ? HttpStatus.ACCEPTED : HttpStatus.CONFLICT)
				.body(CampaignView.of(handle.progress())))
			.orElseGet(() -> ResponseEntity.notFound().build());
	}

	record CampaignRequest(List<String> recipients, String text) {
	}

	record CampaignStarted(String id) {
	}

	record CampaignView(int total, int sent, int failed, int pending, boolean done, double ratePerSecond,
			String status, @Nullable String pauseReason, @Nullable Integer pauseErrorCode) {

		static CampaignView of(CampaignProgress progress) {
			CampaignPause pause = progress.pause();
			return new CampaignView(progress.total(), progress.sent(), progress.failed(), progress.pending(),
					progress.finished(), progress.ratePerSecond(), progress.status().name(),
					(pause != null) ? pause.reason().name() : null, (pause != null) ? pause.errorCode() : null);
		}

	}

}
