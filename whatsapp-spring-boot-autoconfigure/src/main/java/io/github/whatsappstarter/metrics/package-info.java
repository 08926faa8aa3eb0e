/**
 * Micrometer meters and the send observation; tags are low-cardinality, never a recipient.
 */
@NullMarked
package io.github.whatsappstarter.metrics;

import org.jspecify.annotations.NullMarked;
