/**
 * Auto-configuration of the WhatsApp meters and the send observation.
 */
@NullMarked
package io.github.whatsappstarter.autoconfigure.metrics;

import org.jspecify.annotations.NullMarked;
