package io.github.whatsappstarter.message;

import io.github.whatsappstarter.error.WhatsAppValidationException;
import org.jspecify.annotations.Nullable;

/**
 * A location pin ({@code "type":"location"}) with an optional name and address.
 *
 * @author whatsapp-spring-boot-starter
 * @since 0.1.0
 * @param to the recipient
 * @param latitude the latitude in degrees, -90 to 90
 * @param longitude the longitude in degrees, -180 to 180
 * @param name the place's name, or {@code null}
 * @param address the place's address, or {@code null}
 * @param replyTo the wamid replied to, or {@code null}
 * @param bizOpaqueCallbackData data echoed in status webhooks, or {@code null}
 */
public record LocationMessage(String to, double latitude, double longitude, @Nullable String name,
		@Nullable String address, @Nullable String replyTo, @Nullable String bizOpaqueCallbackData)
		implements WhatsAppMessage {

	public LocationMessage {
		to = MessageChecks.recipient(to);
		if (!(latitude >= -90 && latitude <= 90)) {
			throw new WhatsAppValidationException("location.latitude", "must be between -90 and 90");
		}
		if (!(longitude >= -180 && longitude <= 180)) {
			throw new WhatsAppValidationException("location.longitude", "must be between -180 and 180");
		}
		name = MessageChecks.optionalText(name, "location.name");
		address = MessageChecks.optionalText(address, "location.address");
		replyTo = MessageChecks.replyTo(replyTo);
		bizOpaqueCallbackData = MessageChecks.callbackData(bizOpaqueCallbackData);
	}

	@Override
	public MessageType type() {
		return MessageType.LOCATION;
	}

	/**
	 * Returns a copy with the place's name.
	 * @param name the name
	 * @return a new message
	 */
	public LocationMessage withName(String name) {
		return new LocationMessage(this.to, this.latitude, this.longitude, name, this.address, this.replyTo,
				this.bizOpaqueCallbackData);
	}

	/**
	 * Returns a copy with the place's address.
	 * @param address the address
	 * @return a new message
	 */
	public LocationMessage withAddress(String address) {
		return new LocationMessage(this.to, this.latitude, this.longitude, this.name, address, this.replyTo,
				this.bizOpaqueCallbackData);
	}

	@Override
	public LocationMessage replyingTo(String messageId) {
		return new LocationMessage(this.to, this.latitude, this.longitude, this.name, this.address, messageId,
				this.bizOpaqueCallbackData);
	}

	@Override
	public LocationMessage withCallbackData(String data) {
		return new LocationMessage(this.to, this.latitude, this.longitude, this.name, this.address, this.replyTo, data);
	}

}
