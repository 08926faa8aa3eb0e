/**
 * Small helpers shared by the library packages (thread factories, grid calls with a deadline).
 */
@NullMarked
package io.github.whatsappstarter.support;

import org.jspecify.annotations.NullMarked;
