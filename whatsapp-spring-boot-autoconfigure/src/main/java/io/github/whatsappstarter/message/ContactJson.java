package io.github.whatsappstarter.message;

import java.util.List;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes the {@code contacts} array of a contacts message.
 *
 * @author whatsapp-spring-boot-starter
 * @since 0.1.0
 */
final class ContactJson {

	private ContactJson() {
	}

	static ArrayNode contacts(List<Contact> contacts) {
		ArrayNode array = MessageJson.NODES.arrayNode();
		for (Contact contact : contacts) {
			array.add(contact(contact));
		}
		return array;
	}

	private static ObjectNode contact(Contact contact) {
		ObjectNode node = MessageJson.NODES.objectNode();
		ObjectNode name = node.putObject("name").put("formatted_name", contact.name().formattedName());
		MessageJson.putIfPresent(name, "first_name", contact.name().firstName());
		MessageJson.putIfPresent(name, "last_name", contact.name().lastName());
		if (!contact.phones().isEmpty()) {
			ArrayNode phones = node.putArray("phones");
			for (Contact.Phone phone : contact.phones()) {
				ObjectNode item = typed(phones.addObject().put("phone", phone.phone()), phone.type());
				MessageJson.putIfPresent(item, "wa_id", phone.waId());
			}
		}
		if (!contact.emails().isEmpty()) {
			ArrayNode emails = node.putArray("emails");
			for (Contact.Email email : contact.emails()) {
				typed(emails.addObject().put("email", email.email()), email.type());
			}
		}
		if (contact.org() != null) {
			ObjectNode org = node.putObject("org");
			MessageJson.putIfPresent(org, "company", contact.org().company());
			MessageJson.putIfPresent(org, "department", contact.org().department());
			MessageJson.putIfPresent(org, "title", contact.org().title());
		}
		if (!contact.urls().isEmpty()) {
			ArrayNode urls = node.putArray("urls");
			for (Contact.Url url : contact.urls()) {
				typed(urls.addObject().put("url", url.url()), url.type());
			}
		}
		if (!contact.addresses().isEmpty()) {
			ArrayNode addresses = node.putArray("addresses");
			for (Contact.Address address : contact.addresses()) {
				ObjectNode item = addresses.addObject();
				MessageJson.putIfPresent(item, "street", address.street());
				MessageJson.putIfPresent(item, "city", address.city());
				MessageJson.putIfPresent(item, "state", address.state());
				MessageJson.putIfPresent(item, "zip", address.zip());
				MessageJson.putIfPresent(item, "country", address.country());
				MessageJson.putIfPresent(item, "country_code", address.countryCode());
				MessageJson.putIfPresent(item, "type", address.type());
			}
		}
		if (contact.birthday() != null) {
			node.put("birthday", contact.birthday().toString());
		}
		return node;
	}

	private static ObjectNode typed(ObjectNode node, @Nullable String type) {
		return MessageJson.putIfPresent(node, "type", type);
	}

}
