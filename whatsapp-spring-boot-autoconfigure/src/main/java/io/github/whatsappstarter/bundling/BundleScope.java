package io.github.whatsappstarter.bundling;

import java.util.LinkedHashSet;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * The {@link BundleMessages} scope of the current thread: how deeply annotated methods are nested
 * and which conversations got held texts.
 */
final class BundleScope {

	private static final ThreadLocal<BundleScope> current = new ThreadLocal<>();

	final Set<BundleKey> keys = new LinkedHashSet<>();

	private int depth;

	private BundleScope() {
	}

	static @Nullable BundleScope current() {
		return current.get();
	}

	static BundleScope enter() {
		BundleScope scope = current.get();
		if (scope == null) {
			scope = new BundleScope();
			current.set(scope);
		}
		scope.depth++;
		return scope;
	}

	/**
	 * Leaves the scope; returns whether this was the outermost level, whose keys must be flushed.
	 */
	boolean exit() {
		if (--this.depth == 0) {
			current.remove();
			return true;
		}
		return false;
	}

}
