package io.github.whatsappstarter.message;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One contact card of a contacts message: a name with {@code formatted_name} (required) and
 * optional phones, emails, organisation, URLs, addresses and birthday.
 *
 * @author whatsapp-spring-boot-starter
 * @since 0.1.0
 * @param name the name
 * @param phones the phone numbers
 * @param emails the email addresses
 * @param org the organisation, or {@code null}
 * @param urls the web addresses
 * @param addresses the postal addresses
 * @param birthday the birthday, or {@code null}
 */
public record Contact(Name name, List<Phone> phones, List<Email> emails, @Nullable Org org, List<Url> urls,
		List<Address> addresses, @Nullable LocalDate birthday) {

	public Contact {
		MessageChecks.notNull(name, "contacts.name");
		phones = MessageChecks.list(phones, "contacts.phones", 0, Integer.MAX_VALUE);
		emails = MessageChecks.list(emails, "contacts.emails", 0, Integer.MAX_VALUE);
		urls = MessageChecks.list(urls, "contacts.urls", 0, Integer.MAX_VALUE);
		addresses = MessageChecks.list(addresses, "contacts.addresses", 0, Integer.MAX_VALUE);
	}

	/**
	 * Creates a card with only a formatted name.
	 * @param formattedName the full name as displayed
	 * @return the card
	 */
	public static Contact of(String formattedName) {
		return new Contact(new Name(formattedName, null, null), List.of(), List.of(), null, List.of(), List.of(), null);
	}

	/**
	 * Returns a copy with another name.
	 * @param name the name
	 * @return a new card
	 */
	public Contact withName(Name name) {
		return new Contact(name, this.phones, this.emails, this.org, this.urls, this.addresses, this.birthday);
	}

	/**
	 * Returns a copy with one more phone number.
	 * @param phone the phone number
	 * @return a new card
	 */
	public Contact withPhone(Phone phone) {
		return new Contact(this.name, plus(this.phones, phone), this.emails, this.org, this.urls, this.addresses,
				this.birthday);
	}

	/**
	 * Returns a copy with one more email address.
	 * @param email the email address
	 * @return a new card
	 */
	public Contact withEmail(Email email) {
		return new Contact(this.name, this.phones, plus(this.emails, email), this.org, this.urls, this.addresses,
				this.birthday);
	}

	/**
	 * Returns a copy with an organisation.
	 * @param org the organisation
	 * @return a new card
	 */
	public Contact withOrg(Org org) {
		return new Contact(this.name, this.phones, this.emails, org, this.urls, this.addresses, this.birthday);
	}

	/**
	 * Returns a copy with one more web address.
	 * @param url the web address
	 * @return a new card
	 */
	public Contact withUrl(Url url) {
		return new Contact(this.name, this.phones, this.emails, this.org, plus(this.urls, url), this.addresses,
				this.birthday);
	}

	/**
	 * Returns a copy with one more postal address.
	 * @param address the address
	 * @return a new card
	 */
	public Contact withAddress(Address address) {
		return new Contact(this.name, this.phones, this.emails, this.org, this.urls, plus(this.addresses, address),
				this.birthday);
	}

	/**
	 * Returns a copy with a birthday.
	 * @param birthday the birthday
	 * @return a new card
	 */
	public Contact withBirthday(LocalDate birthday) {
		return new Contact(this.name, this.phones, this.emails, this.org, this.urls, this.addresses, birthday);
	}

	private static <T> List<T> plus(List<T> list, @Nullable T element) {
		List<T> result = new ArrayList<>(list);
		result.add(element);
		return result;
	}

	/**
	 * A contact's name; {@code formatted_name} is required.
	 *
	 * @author whatsapp-spring-boot-starter
	 * @since 0.1.0
	 * @param formattedName the full name as displayed
	 * @param firstName the first name, or {@code null}
	 * @param lastName the last name, or {@code null}
	 */
	public record Name(String formattedName, @Nullable String firstName, @Nullable String lastName) {

		public Name {
			formattedName = MessageChecks.text(formattedName, "contacts.name.formatted_name");
		}

	}

	/**
	 * A phone number.
	 *
	 * @author whatsapp-spring-boot-starter
	 * @since 0.1.0
	 * @param phone the number as displayed
	 * @param type e.g. {@code CELL}, {@code WORK}, or {@code null}
	 * @param waId the WhatsApp id, or {@code null}
	 */
	public record Phone(String phone, @Nullable String type, @Nullable String waId) {

		public Phone {
			phone = MessageChecks.text(phone, "contacts.phones.phone");
		}

	}

	/**
	 * An email address.
	 *
	 * @author whatsapp-spring-boot-starter
	 * @since 0.1.0
	 * @param email the address
	 * @param type e.g. {@code WORK}, or {@code null}
	 */
	public record Email(String email, @Nullable String type) {

		public Email {
			email = MessageChecks.text(email, "contacts.emails.email");
		}

	}

	/**
	 * An organisation.
	 *
	 * @author whatsapp-spring-boot-starter
	 * @since 0.1.0
	 * @param company the company, or {@code null}
	 * @param department the department, or {@code null}
	 * @param title the job title, or {@code null}
	 */
	public record Org(@Nullable String company, @Nullable String department, @Nullable String title) {
	}

	/**
	 * A web address.
	 *
	 * @author whatsapp-spring-boot-starter
	 * @since 0.1.0
	 * @param url the URL
	 * @param type e.g. {@code WORK}, or {@code null}
	 */
	public record Url(String url, @Nullable String type) {

		public Url {
			url = MessageChecks.text(url, "contacts.urls.url");
		}

	}

	/**
	 * A postal address; every part is optional.
	 *
	 * @author whatsapp-spring-boot-starter
	 * @since 0.1.0
	 * @param street the street, or {@code null}
	 * @param city the city, or {@code null}
	 * @param state the state, or {@code null}
	 * @param zip the postal code, or {@code null}
	 * @param country the country, or {@code null}
	 * @param countryCode the ISO country code, or {@code null}
	 * @param type e.g. {@code HOME}, or {@code null}
	 */
	public record Address(@Nullable String street, @Nullable String city, @Nullable String state, @Nullable String zip,
			@Nullable String country, @Nullable String countryCode, @Nullable String type) {
	}

}
