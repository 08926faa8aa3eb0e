/**
 * Retry of sends on Spring Retry: classification of failures, backoffs tuned to 131056 and 130429, and the asynchronous retry loop.
 */
@NullMarked
package io.github.whatsappstarter.retry;

import org.jspecify.annotations.NullMarked;
