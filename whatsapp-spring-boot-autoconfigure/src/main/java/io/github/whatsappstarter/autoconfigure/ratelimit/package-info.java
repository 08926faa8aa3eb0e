/**
 * Auto-configuration of the rate limiter: local or Hazelcast buckets, the embedded member, the messaging-limit guard and the throughput-level follower.
 */
@NullMarked
package io.github.whatsappstarter.autoconfigure.ratelimit;

import org.jspecify.annotations.NullMarked;
