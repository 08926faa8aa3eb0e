/**
 * The outgoing message model: immutable, validated message types, their JSON for the Cloud API
 * send endpoint, and the result of a send.
 */
@NullMarked
package io.github.whatsappstarter.message;

import org.jspecify.annotations.NullMarked;
