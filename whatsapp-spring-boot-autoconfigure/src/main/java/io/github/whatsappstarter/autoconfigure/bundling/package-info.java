/**
 * Auto-configuration for message bundling ({@code whatsapp.bundling.*}).
 */
@NullMarked
package io.github.whatsappstarter.autoconfigure.bundling;

import org.jspecify.annotations.NullMarked;
