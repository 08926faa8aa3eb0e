package io.github.whatsappstarter.support;

import java.util.function.Consumer;

import org.apache.commons.logging.Log;

/**
 * The one way the starter calls a group of listeners: each one in turn, and a listener that throws
 * is logged at WARN and skipped, so it never changes the outcome it was told about nor keeps the
 * others from hearing of it. The log line names the listener's class and carries its exception,
 * never the arguments of the call (phone numbers, message content, tokens).
 *
 * @author whatsapp-spring-boot-starter
 * @since 0.3.0
 */
public final class Listeners {

	private Listeners() {
	}

	/**
	 * Calls every listener.
	 * @param <L> the listener type
	 * @param logger the caller's logger, so the line appears under the component that notifies
	 * @param listeners the listeners, in calling order
	 * @param call what to call on each listener
	 * @param consequence what happens despite the failure, e.g. {@code "the retry goes on"}
	 */
	public static <L> void callEach(Log logger, Iterable<? extends L> listeners, Consumer<? super L> call,
			String consequence) {
		for (L listener : listeners) {
			try {
				call.accept(listener);
			}
			catch (RuntimeException ex) {
				logger.warn("Listener " + listener.getClass().getName() + " failed; " + consequence, ex);
			}
		}
	}

}
