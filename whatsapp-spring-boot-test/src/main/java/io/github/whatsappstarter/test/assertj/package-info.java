/**
 * AssertJ assertions on what a WhatsApp Cloud API simulator received
 * ({@link io.github.whatsappstarter.test.assertj.WhatsAppSimulatorAssert}).
 */
@NullMarked
package io.github.whatsappstarter.test.assertj;

import org.jspecify.annotations.NullMarked;
