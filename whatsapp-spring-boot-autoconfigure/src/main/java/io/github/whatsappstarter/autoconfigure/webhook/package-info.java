/**
 * Auto-configuration of the WhatsApp webhook endpoint.
 */
@NullMarked
package io.github.whatsappstarter.autoconfigure.webhook;

import org.jspecify.annotations.NullMarked;
