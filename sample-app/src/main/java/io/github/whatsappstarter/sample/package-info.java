/**
 * The sample application: REST endpoints over {@code WhatsAppOperations} and an embedded Cloud API simulator.
 */
@NullMarked
package io.github.whatsappstarter.sample;

import org.jspecify.annotations.NullMarked;
