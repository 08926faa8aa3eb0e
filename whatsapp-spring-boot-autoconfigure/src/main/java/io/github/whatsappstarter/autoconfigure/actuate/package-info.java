/**
 * Auto-configuration of the {@code whatsapp} actuator endpoint and the secrets sanitizing.
 */
@NullMarked
package io.github.whatsappstarter.autoconfigure.actuate;

import org.jspecify.annotations.NullMarked;
