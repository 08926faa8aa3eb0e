/**
 * Message templates of a WhatsApp Business Account: list (page by page or as a lazy stream), get
 * by name, create (validated before the call) and delete, with Meta's statuses and categories as
 * enums that tolerate values added later.
 */
@NullMarked
package io.github.whatsappstarter.management.template;

import org.jspecify.annotations.NullMarked;
