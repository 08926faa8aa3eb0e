/**
 * Health indicators for the Cloud API (phone-number read, cached) and for the rate limiter.
 */
@NullMarked
package io.github.whatsappstarter.health;

import org.jspecify.annotations.NullMarked;
