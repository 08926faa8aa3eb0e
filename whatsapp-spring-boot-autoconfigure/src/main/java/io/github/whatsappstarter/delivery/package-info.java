/**
 * Follow-up of sent messages after the send call returned: remembering recent messages by id and
 * re-sending those that Meta later reports as failed for a retryable reason.
 */
@NullMarked
package io.github.whatsappstarter.delivery;

import org.jspecify.annotations.NullMarked;
