/**
 * WhatsApp webhook endpoint: verification handshake, signature check, payload parsing, typed events
 * and duplicate suppression.
 */
@NullMarked
package io.github.whatsappstarter.webhook;

import org.jspecify.annotations.NullMarked;
