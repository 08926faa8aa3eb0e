/**
 * WhatsApp webhook endpoint: verification handshake, signature check, payload parsing, typed events
 * and duplicate suppression. Events are published synchronously on the request thread before the
 * answer is sent, so listeners doing slow work should be {@code @Async} (an update handed to an
 * asynchronous listener counts as processed); a listener that throws makes the answer 500 and Meta
 * delivers the update again. Applications using Spring Security must permit the webhook path and
 * exempt it from CSRF protection.
 */
@NullMarked
package io.github.whatsappstarter.webhook;

import org.jspecify.annotations.NullMarked;
