package io.github.whatsappstarter.bundling;

import java.util.ArrayList;
import java.util.List;

import io.github.whatsappstarter.message.TextMessage;

/**
 * Joins the texts of a bundle into one message, in order; a link preview is asked for when any
 * text asked for one.
 */
final class TextMerger {

	private TextMerger() {
	}

	static TextMessage merge(List<PendingText> batch, String separator) {
		TextMessage first = batch.get(0).message();
		if (batch.size() == 1) {
			return first;
		}
		List<String> bodies = new ArrayList<>(batch.size());
		boolean preview = false;
		for (PendingText pending : batch) {
			bodies.add(pending.message().body());
			preview |= pending.message().previewUrl();
		}
		return first.withBody(String.join(separator, bodies)).withPreviewUrl(preview);
	}

}
