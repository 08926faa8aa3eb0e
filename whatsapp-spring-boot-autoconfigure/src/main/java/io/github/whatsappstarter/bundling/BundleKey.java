package io.github.whatsappstarter.bundling;

/**
 * The conversation a bundle belongs to: one business phone number and one recipient's digits.
 */
record BundleKey(String phoneNumberId, String recipient) {

}
