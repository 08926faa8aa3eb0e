/**
 * Small helpers shared by the library packages (thread factories).
 */
@NullMarked
package io.github.whatsappstarter.support;

import org.jspecify.annotations.NullMarked;
