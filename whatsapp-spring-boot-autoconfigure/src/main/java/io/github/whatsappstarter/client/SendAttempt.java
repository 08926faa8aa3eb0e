package io.github.whatsappstarter.client;

import java.util.concurrent.CompletableFuture;

import io.github.whatsappstarter.message.SendResult;

/**
 * One attempt of a {@link PipelineSend} on its way through the {@link SendPipeline} stages: its
 * outcome, the decorated call that writes it, when it got its throughput slot, and whether it
 * already took a second one after a late start.
 */
final class SendAttempt {

	final PipelineSend send;

	final CompletableFuture<SendResult> outcome;

	final Runnable call;

	volatile long slotNanos;

	volatile boolean reslotted;

	SendAttempt(PipelineSend send, CompletableFuture<SendResult> outcome, Runnable call) {
		this.send = send;
		this.outcome = outcome;
		this.call = call;
	}

}
