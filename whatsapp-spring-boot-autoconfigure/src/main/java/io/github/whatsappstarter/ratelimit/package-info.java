/**
 * The rate limiter: throughput and pair buckets (local or in Hazelcast), fall-back on grid faults, the messaging-limit guard and Meta's throughput levels.
 */
@NullMarked
package io.github.whatsappstarter.ratelimit;

import org.jspecify.annotations.NullMarked;
