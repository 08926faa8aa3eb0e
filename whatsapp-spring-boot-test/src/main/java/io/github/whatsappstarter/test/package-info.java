/**
 * JUnit 5 and Spring test helpers that start the WhatsApp Cloud API simulator and wire it into a test.
 */
package io.github.whatsappstarter.test;
