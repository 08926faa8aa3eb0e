/**
 * Spring Boot test auto-configuration that ties a WhatsApp Cloud API simulator to a test's application context
 * ({@link io.github.whatsappstarter.test.autoconfigure.AutoConfigureWhatsAppSimulator}).
 */
@NullMarked
package io.github.whatsappstarter.test.autoconfigure;

import org.jspecify.annotations.NullMarked;
