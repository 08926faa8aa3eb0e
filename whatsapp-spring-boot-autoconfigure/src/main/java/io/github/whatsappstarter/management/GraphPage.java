package io.github.whatsappstarter.management;

import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import org.jspecify.annotations.Nullable;

/**
 * One page of a Graph list answer ({@code data} plus {@code paging}). {@link #after()} is the
 * cursor of the next page, {@code null} on the last page (Graph leaves {@code paging.next} out
 * there, even when it still sends a cursor).
 *
 * @param <T> the item type
 * @param items the items of this page
 * @param after the {@code paging.cursors.after} cursor of the next page, or {@code null} when this
 * is the last page
 * @author whatsapp-spring-boot-starter
 * @since 0.3.0
 */
public record GraphPage<T>(List<T> items, @Nullable String after) {

	/**
	 * Creates a page.
	 * @param items the items of this page
	 * @param after the cursor of the next page, or {@code null} when this is the last page
	 */
	public GraphPage {
		items = List.copyOf(items);
	}

	/**
	 * Returns whether a next page exists.
	 * @return {@code true} when {@link #after()} is set
	 */
	public boolean hasNext() {
		return this.after != null;
	}

	/**
	 * Streams the items of every page, fetching a page only when the stream reaches it: a caller
	 * that stops early (e.g. {@code findFirst()} or {@code limit(n)}) makes no further calls. Each
	 * page is one Graph call, counted against Meta's call-rate limits.
	 * @param <T> the item type
	 * @param fetch fetches the page after a cursor ({@code null} for the first page)
	 * @return a sequential, lazy stream
	 */
	public static <T> Stream<T> stream(Function<@Nullable String, GraphPage<T>> fetch) {
		Objects.requireNonNull(fetch, "fetch must not be null");
		return StreamSupport.stream(Spliterators.spliteratorUnknownSize(new Pages<>(fetch),
				Spliterator.ORDERED | Spliterator.NONNULL), false);
	}

	private static final class Pages<T> implements Iterator<T> {

		private final Function<@Nullable String, GraphPage<T>> fetch;

		private Iterator<T> items = Collections.emptyIterator();

		private @Nullable String after;

		private boolean last;

		private boolean started;

		Pages(Function<@Nullable String, GraphPage<T>> fetch) {
			this.fetch = fetch;
		}

		@Override
		public boolean hasNext() {
			while (!this.items.hasNext()) {
				if (this.last) {
					return false;
				}
				String cursor = this.after;
				GraphPage<T> page = this.fetch.apply(this.started ? cursor : null);
				this.started = true;
				this.items = page.items().iterator();
				// a cursor that does not move would loop for ever
				this.last = !page.hasNext() || Objects.equals(page.after(), cursor);
				this.after = page.after();
			}
			return true;
		}

		@Override
		public T next() {
			if (!hasNext()) {
				throw new NoSuchElementException();
			}
			return this.items.next();
		}

	}

}
