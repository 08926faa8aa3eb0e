/**
 * The business phone numbers of a WhatsApp Business Account and the fields Meta reports about
 * each: display number, verified name, name status, quality rating, throughput level and
 * messaging limit. The one reader of a phone-number node, also used by the health check and the
 * throughput-level follower.
 */
@NullMarked
package io.github.whatsappstarter.management.phone;

import org.jspecify.annotations.NullMarked;
