/**
 * Campaigns: bulk asynchronous sending that interleaves recipients, keeps each recipient's order,
 * stays within the throughput and pair limits and reports progress.
 */
@NullMarked
package io.github.whatsappstarter.campaign;

import org.jspecify.annotations.NullMarked;
