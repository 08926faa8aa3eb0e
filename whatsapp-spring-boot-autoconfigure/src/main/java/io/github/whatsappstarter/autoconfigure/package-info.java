/**
 * Auto-configuration of the starter: the template, its client and properties. Library packages never import these packages.
 */
@NullMarked
package io.github.whatsappstarter.autoconfigure;

import org.jspecify.annotations.NullMarked;
