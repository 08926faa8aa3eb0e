/**
 * Load harness that compares the starter's limiter and retry with naive baselines on the simulator.
 */
package io.github.whatsappstarter.benchmarks;
