/**
 * A local WhatsApp Cloud API that enforces Meta's limits, records every request and injects faults.
 */
package io.github.whatsappstarter.test.simulator;
