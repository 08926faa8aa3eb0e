/**
 * WhatsApp webhook endpoint: verification handshake, signature check, payload parsing, typed events
 * and duplicate suppression. Events are published synchronously on the request thread before the
 * 200 is sent, so listeners doing slow work should be {@code @Async}; applications using Spring
 * Security must permit the webhook path and exempt it from CSRF protection.
 */
@NullMarked
package io.github.whatsappstarter.webhook;

import org.jspecify.annotations.NullMarked;
