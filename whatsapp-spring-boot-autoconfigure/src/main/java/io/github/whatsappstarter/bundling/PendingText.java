package io.github.whatsappstarter.bundling;

import java.util.concurrent.CompletableFuture;

import io.github.whatsappstarter.message.SendResult;
import io.github.whatsappstarter.message.TextMessage;

/**
 * A text waiting in a bundle, with the future its caller waits on.
 */
record PendingText(TextMessage message, CompletableFuture<SendResult> result) {

}
