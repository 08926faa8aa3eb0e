/**
 * Test support for applications that use the starter: the properties that point the starter at a
 * simulator and a JUnit extension that runs one.
 */
@NullMarked
package io.github.whatsappstarter.test;

import org.jspecify.annotations.NullMarked;
