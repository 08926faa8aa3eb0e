/**
 * The send API: {@code WhatsAppOperations}, its template, the send pipeline (lanes, in-flight gate, executors) and the Cloud API client.
 */
@NullMarked
package io.github.whatsappstarter.client;

import org.jspecify.annotations.NullMarked;
