package io.github.whatsappstarter.message;

import java.time.Instant;
import java.util.Collections;
import java.util.Map;
import java.util.stream.IntStream;

import io.github.whatsappstarter.error.WhatsAppValidationException;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatNoException;

/**
 * One test per rule of the newer template components: each builds an invalid message and checks the
 * field the exception names, before anything is sent.
 */
class TemplateComponentsValidationTests {

	private static final String TO = "+15550001111";

	private static final TemplateParameter IMAGE = TemplateParameter.image(MediaSource.id("1"));

	// named parameters

	@Test
	void rejectsAParameterNameWithCapitalsOrSpaces() {
		assertInvalid(() -> TemplateParameter.named("First Name", "Ada"),
				"template.components.parameters.parameter_name");
		assertInvalid(() -> TemplateParameter.named("", "Ada"), "template.components.parameters.parameter_name");
		assertThatNoException().isThrownBy(() -> TemplateParameter.named("order_2", "Ada"));
	}

	@Test
	void rejectsNamedAndPositionalParametersInOneTemplate() {
		assertInvalid(() -> WhatsAppMessage.template(TO, "t", "en")
			.body(TemplateParameter.named("name", "Ada"), TemplateParameter.text("42"))
			.build(), "template.components.body.parameters[1].parameter_name");
		assertInvalid(() -> WhatsAppMessage.template(TO, "t", "en")
			.header(TemplateParameter.text("Ada"))
			.body(TemplateParameter.named("order", "42"))
			.build(), "template.components.body.parameters[0].parameter_name");
	}

	@Test
	void rejectsAParameterNameUsedTwiceInTheBody() {
		assertInvalid(() -> WhatsAppMessage.template(TO, "t", "en")
			.body(TemplateParameter.named("name", "Ada"), TemplateParameter.named("name", "Bob"))
			.build(), "template.components.body.parameters[1].parameter_name");
	}

	@Test
	void rejectsANamedParameterOnAButton() {
		assertInvalid(() -> WhatsAppMessage.template(TO, "t", "en")
			.button(ButtonSubType.URL, 0, TemplateParameter.named("suffix", "42")),
				"template.components.button.parameters.parameter_name");
	}

	// buttons

	@Test
	void rejectsACouponCodeLongerThan15Characters() {
		assertInvalid(() -> TemplateParameter.couponCode("A".repeat(16)),
				"template.components.button.parameters.coupon_code");
		assertThatNoException().isThrownBy(() -> TemplateParameter.couponCode("A".repeat(15)));
	}

	@Test
	void rejectsACopyCodeButtonWithoutExactlyOneCouponCode() {
		assertInvalid(() -> WhatsAppMessage.template(TO, "t", "en")
			.button(ButtonSubType.COPY_CODE, 0, TemplateParameter.text("25OFF")),
				"template.components.button.parameters");
		assertInvalid(() -> WhatsAppMessage.template(TO, "t", "en")
			.button(ButtonSubType.COPY_CODE, 0, TemplateParameter.couponCode("A"), TemplateParameter.couponCode("B")),
				"template.components.button.parameters");
	}

	@Test
	void rejectsASecondCopyCodeButton() {
		assertInvalid(() -> WhatsAppMessage.template(TO, "t", "en")
			.button(ButtonSubType.COPY_CODE, 0, TemplateParameter.couponCode("A"))
			.button(ButtonSubType.COPY_CODE, 1, TemplateParameter.couponCode("B"))
			.build(), "template.components.button.sub_type");
	}

	@Test
	void rejectsTwoButtonsWithTheSameIndex() {
		assertInvalid(() -> WhatsAppMessage.template(TO, "t", "en")
			.button(ButtonSubType.QUICK_REPLY, 0, TemplateParameter.payload("A"))
			.button(ButtonSubType.URL, 0, TemplateParameter.text("B"))
			.build(), "template.components.button.index");
	}

	@Test
	void rejectsFlowCatalogAndMultiProductButtonsWithTheWrongParameter() {
		assertInvalid(() -> WhatsAppMessage.template(TO, "t", "en")
			.button(ButtonSubType.FLOW, 0, TemplateParameter.catalogAction("sku")),
				"template.components.button.parameters");
		assertInvalid(() -> WhatsAppMessage.template(TO, "t", "en")
			.button(ButtonSubType.CATALOG, 0, TemplateParameter.payload("sku")),
				"template.components.button.parameters");
		assertInvalid(() -> WhatsAppMessage.template(TO, "t", "en")
			.button(ButtonSubType.MPM, 0, TemplateParameter.catalogAction("sku")),
				"template.components.button.parameters");
	}

	@Test
	void rejectsFlowActionDataThatCannotBeWrittenAsJson() {
		assertInvalid(() -> TemplateParameter.flowAction("token", Map.of("screen", new Unwritable())),
				"template.components.button.parameters.action.flow_action_data");
		assertInvalid(() -> TemplateParameter.flowAction(" ", null),
				"template.components.button.parameters.action.flow_token");
	}

	@Test
	void rejectsACatalogActionWithoutThumbnail() {
		assertInvalid(() -> TemplateParameter.catalogAction(""),
				"template.components.button.parameters.action.thumbnail_product_retailer_id");
	}

	@Test
	void rejectsMoreThan10SectionsOr30ProductsInAMultiProductButton() {
		ProductSection[] eleven = IntStream.range(0, 11)
			.mapToObj((i) -> ProductSection.of("S" + i, "p" + i))
			.toArray(ProductSection[]::new);
		assertInvalid(() -> TemplateParameter.productListAction("p0", eleven),
				"template.components.button.parameters.action.sections");
		String[] products = IntStream.range(0, 16).mapToObj((i) -> "p" + i).toArray(String[]::new);
		assertInvalid(() -> TemplateParameter.productListAction("p0", ProductSection.of("A", products),
				ProductSection.of("B", products)), "template.components.button.parameters.action.sections");
	}

	@Test
	void rejectsAnUntitledSectionWhenThereAreSeveral() {
		assertInvalid(() -> TemplateParameter.productListAction("p0", ProductSection.of("A", "p1"),
				ProductSection.of(null, "p2")), "template.components.button.parameters.action.sections[1].title");
		assertThatNoException().isThrownBy(() -> TemplateParameter.productListAction("p0", ProductSection.of(null, "p1")));
	}

	// headers

	@Test
	void rejectsALocationHeaderOutOfRangeOrWithoutNameAndAddress() {
		assertInvalid(() -> TemplateParameter.location(91, 0, "HQ", "1 Way"),
				"template.components.parameters.location.latitude");
		assertInvalid(() -> TemplateParameter.location(0, 181, "HQ", "1 Way"),
				"template.components.parameters.location.longitude");
		assertInvalid(() -> TemplateParameter.location(0, 0, null, "1 Way"),
				"template.components.parameters.location.name");
		assertInvalid(() -> TemplateParameter.location(0, 0, "HQ", " "),
				"template.components.parameters.location.address");
	}

	@Test
	void rejectsALocationInTheBody() {
		assertInvalid(() -> WhatsAppMessage.template(TO, "t", "en")
			.body(TemplateParameter.location(0, 0, "HQ", "1 Way"))
			.build(), "template.components.body");
	}

	@Test
	void rejectsAFilenameOnAnythingButADocument() {
		assertInvalid(() -> new TemplateParameter.Media("image", MediaSource.id("1"), "a.png"),
				"template.components.parameters.image.filename");
		assertInvalid(() -> TemplateParameter.document(MediaSource.id("1"), ""),
				"template.components.parameters.document.filename");
	}

	// limited-time offer

	@Test
	void rejectsAnOfferExpiringAtOrBeforeTheEpoch() {
		assertInvalid(() -> WhatsAppMessage.template(TO, "t", "en").limitedTimeOffer(Instant.EPOCH).build(),
				"template.components.limited_time_offer.expiration_time_ms");
		assertInvalid(() -> WhatsAppMessage.template(TO, "t", "en").limitedTimeOffer(null),
				"template.components.limited_time_offer.expiration_time_ms");
	}

	// carousel

	@Test
	void rejectsACarouselWithFewerThan2OrMoreThan10Cards() {
		assertInvalid(() -> WhatsAppMessage.template(TO, "t", "en").carousel(card(0)).build(),
				"template.components.carousel.cards");
		CarouselCard[] eleven = IntStream.range(0, 11).mapToObj(TemplateComponentsValidationTests::card)
			.toArray(CarouselCard[]::new);
		assertInvalid(() -> WhatsAppMessage.template(TO, "t", "en").carousel(eleven).build(),
				"template.components.carousel");
		CarouselCard[] ten = IntStream.range(0, 10).mapToObj(TemplateComponentsValidationTests::card)
			.toArray(CarouselCard[]::new);
		assertThat(WhatsAppMessage.template(TO, "t", "en").carousel(ten).build().carousel()).hasSize(10);
	}

	@Test
	void rejectsACardWhoseHeaderIsNotAnImageOrVideo() {
		assertInvalid(() -> CarouselCard.builder(0, TemplateParameter.document(MediaSource.id("1"))).build(),
				"template.components.carousel.cards[0].header");
		assertInvalid(() -> CarouselCard.builder(1, TemplateParameter.text("x")).build(),
				"template.components.carousel.cards[1].header");
	}

	@Test
	void rejectsDuplicateOrOutOfRangeCardIndexes() {
		assertInvalid(() -> WhatsAppMessage.template(TO, "t", "en").carousel(card(0), card(0)).build(),
				"template.components.carousel.cards[1].card_index");
		assertInvalid(() -> WhatsAppMessage.template(TO, "t", "en").carousel(card(0), card(2)).build(),
				"template.components.carousel.cards[1].card_index");
	}

	@Test
	void rejectsCardsWithDifferentComponents() {
		CarouselCard withBody = CarouselCard.builder(1, IMAGE)
			.body(TemplateParameter.text("x"))
			.button(ButtonSubType.QUICK_REPLY, 0, TemplateParameter.payload("p"))
			.build();
		assertInvalid(() -> WhatsAppMessage.template(TO, "t", "en").carousel(card(0), withBody).build(),
				"template.components.carousel.cards[1]");
		CarouselCard video = CarouselCard.builder(1, TemplateParameter.video(MediaSource.id("2")))
			.button(ButtonSubType.QUICK_REPLY, 0, TemplateParameter.payload("p"))
			.build();
		assertInvalid(() -> WhatsAppMessage.template(TO, "t", "en").carousel(card(0), video).build(),
				"template.components.carousel.cards[1]");
	}

	@Test
	void rejectsACardWithMoreThanTwoButtonsOrACopyCodeButton() {
		assertInvalid(() -> CarouselCard.builder(0, IMAGE)
			.button(ButtonSubType.QUICK_REPLY, 0, TemplateParameter.payload("a"))
			.button(ButtonSubType.QUICK_REPLY, 1, TemplateParameter.payload("b"))
			.button(ButtonSubType.QUICK_REPLY, 2, TemplateParameter.payload("c"))
			.build(), "template.components.carousel.cards[0].buttons");
		assertInvalid(() -> CarouselCard.builder(0, IMAGE)
			.button(ButtonSubType.COPY_CODE, 0, TemplateParameter.couponCode("a"))
			.build(), "template.components.carousel.cards[0].buttons[0].sub_type");
	}

	@Test
	void rejectsACarouselNextToAHeaderOrButtons() {
		assertInvalid(() -> WhatsAppMessage.template(TO, "t", "en")
			.header(TemplateParameter.text("x"))
			.carousel(card(0), card(1))
			.build(), "template.components.carousel");
		assertInvalid(() -> WhatsAppMessage.template(TO, "t", "en")
			.button(ButtonSubType.QUICK_REPLY, 0, TemplateParameter.payload("p"))
			.carousel(card(0), card(1))
			.build(), "template.components.carousel");
	}

	@Test
	void rejectsANegativeCardIndex() {
		assertInvalid(() -> new CarouselCard(-1, IMAGE, Collections.emptyList(), Collections.emptyList()),
				"template.components.carousel.cards[-1].card_index");
	}

	// compatibility

	@Test
	void keepsTheEarlierConstructorsWorking() {
		TemplateMessage template = new TemplateMessage(TO, "t", "en", null, Collections.emptyList(),
				Collections.singletonList(TemplateParameter.text("Ada")), Collections.emptyList(), null, null);
		assertThat(template.offerExpiration()).isNull();
		assertThat(template.carousel()).isEmpty();
		assertThat(new TemplateParameter.Text("Ada").parameterName()).isNull();
		assertThat(new AudioMessage(TO, MediaSource.id("1"), null, null).voice()).isFalse();
		assertThat(template.replyingTo("wamid.A").withCallbackData("d").body()).isEqualTo(template.body());
	}

	/** A value Jackson cannot write: its only property throws. */
	public static final class Unwritable {

		public String getValue() {
			throw new IllegalStateException("not writable");
		}

	}

	private static CarouselCard card(int index) {
		return CarouselCard.builder(index, IMAGE)
			.button(ButtonSubType.QUICK_REPLY, 0, TemplateParameter.payload("p" + index))
			.build();
	}

	private static void assertInvalid(ThrowingCallable call, String field) {
		assertThatExceptionOfType(WhatsAppValidationException.class).isThrownBy(call)
			.satisfies((ex) -> assertThat(ex.getField()).isEqualTo(field));
	}

}
