/**
 * The business profile of a business phone number: read it, and update it with Meta's field
 * limits checked before the call.
 */
@NullMarked
package io.github.whatsappstarter.management.profile;

import org.jspecify.annotations.NullMarked;
