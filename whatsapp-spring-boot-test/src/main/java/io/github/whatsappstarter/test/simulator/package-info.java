/**
 * A local WhatsApp Cloud API that enforces Meta's limits, records every request and injects faults.
 */
@NullMarked
package io.github.whatsappstarter.test.simulator;

import org.jspecify.annotations.NullMarked;
