/**
 * The exception hierarchy of the starter, Graph errors and the one translator from Cloud API answers and I/O failures to typed exceptions. Depends on no other package of the starter.
 */
@NullMarked
package io.github.whatsappstarter.error;

import org.jspecify.annotations.NullMarked;
