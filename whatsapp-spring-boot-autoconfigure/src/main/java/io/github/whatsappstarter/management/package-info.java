/**
 * What the management areas share: Graph paging (a page API and a lazy stream over all pages),
 * reading Graph answers, and input checks that fail before anything is sent. Management calls are
 * not messages: they take no throughput slot and are never retried by the starter.
 */
@NullMarked
package io.github.whatsappstarter.management;

import org.jspecify.annotations.NullMarked;
