/**
 * The block list of a business phone number: block, unblock and list WhatsApp users, with
 * per-user failures reported typed.
 */
@NullMarked
package io.github.whatsappstarter.management.blocking;

import org.jspecify.annotations.NullMarked;
