/**
 * Auto-configuration of the retry policies and the retry operations the template sends through.
 */
@NullMarked
package io.github.whatsappstarter.autoconfigure.retry;

import org.jspecify.annotations.NullMarked;
