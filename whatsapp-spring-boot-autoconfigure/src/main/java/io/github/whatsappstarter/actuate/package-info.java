/**
 * The {@code whatsapp} actuator endpoint, its pair-pressure tracker, and the sanitizing of the
 * starter's secrets in {@code env} and {@code configprops}.
 */
@NullMarked
package io.github.whatsappstarter.actuate;

import org.jspecify.annotations.NullMarked;
