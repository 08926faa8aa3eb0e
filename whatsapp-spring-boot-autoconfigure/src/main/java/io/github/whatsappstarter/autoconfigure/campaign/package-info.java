/**
 * Auto-configuration for campaigns ({@code whatsapp.campaign.*}).
 */
@NullMarked
package io.github.whatsappstarter.autoconfigure.campaign;

import org.jspecify.annotations.NullMarked;
