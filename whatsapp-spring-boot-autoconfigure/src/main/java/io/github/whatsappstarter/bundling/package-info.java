/**
 * Message bundling: a Spring AOP advisor that merges consecutive short texts to the same recipient
 * into one message, so chatty flows stay under Meta's pair rate.
 */
@NullMarked
package io.github.whatsappstarter.bundling;

import org.jspecify.annotations.NullMarked;
