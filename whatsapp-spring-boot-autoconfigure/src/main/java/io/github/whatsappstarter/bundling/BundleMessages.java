package io.github.whatsappstarter.bundling;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a method (or every method of a type) whose texts are bundled by scope rather than by time
 * window: texts sent with {@code sendAsync} through the bundled {@code WhatsAppOperations} while the
 * method runs on its thread are held and sent when the outermost annotated method returns (or
 * throws), merged per recipient. A synchronous {@code send} inside the method sends the held texts
 * of its recipient together with its own at once, so {@code sendAsync(a); sendAsync(b); send(c)}
 * ends as one message. Requires {@code whatsapp.bundling.enabled=true}.
 *
 * @author whatsapp-spring-boot-starter
 * @since 0.1.0
 */
@Target({ ElementType.METHOD, ElementType.TYPE })
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface BundleMessages {

}
