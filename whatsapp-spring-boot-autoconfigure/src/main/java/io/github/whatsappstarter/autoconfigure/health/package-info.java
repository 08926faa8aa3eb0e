/**
 * Auto-configuration of the WhatsApp health indicators and their custom statuses.
 */
@NullMarked
package io.github.whatsappstarter.autoconfigure.health;

import org.jspecify.annotations.NullMarked;
