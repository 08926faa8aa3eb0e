package io.github.whatsappstarter.it;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;

import io.github.whatsappstarter.client.WhatsAppTemplate;
import io.github.whatsappstarter.error.ApiRateLimitException;
import io.github.whatsappstarter.error.WhatsAppClientException;
import io.github.whatsappstarter.error.WhatsAppValidationException;
import io.github.whatsappstarter.media.MediaClient;
import io.github.whatsappstarter.media.MediaInfo;
import io.github.whatsappstarter.media.MediaUpload;
import io.github.whatsappstarter.media.WhatsAppMediaOperations;
import io.github.whatsappstarter.message.SendResult;
import io.github.whatsappstarter.message.WhatsAppMessage;
import io.github.whatsappstarter.retry.Backoff;
import io.github.whatsappstarter.retry.SpringRetryOperations;
import io.github.whatsappstarter.retry.WhatsAppRetryExhaustedException;
import io.github.whatsappstarter.retry.WhatsAppRetryPolicy;
import io.github.whatsappstarter.test.WhatsAppSimulatorExtension;
import io.github.whatsappstarter.test.simulator.Fault;
import io.github.whatsappstarter.test.simulator.Latency;
import io.github.whatsappstarter.test.simulator.RequestRecord;
import io.github.whatsappstarter.test.simulator.SimulatorConfig;
import io.github.whatsappstarter.test.simulator.WhatsAppSimulator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.InputStreamResource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * {@code whatsApp.media()} against the simulator over real HTTP on 127.0.0.1: upload from every source,
 * URL, streamed download with an expired URL fetched again, delete, upload-then-send, validation before any
 * request, and the retry and rate-limit rules of media calls.
 */
class MediaSimulatorTests {

	private static final String TO = "+15550001111";

	private static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13 };

	@RegisterExtension
	static final WhatsAppSimulatorExtension simulatorExtension = WhatsAppSimulatorExtension
		.withConfig(SimulatorConfig.builder().limitsEnabled(false).build());

	private static WhatsAppSimulator simulator;

	private WhatsAppTemplate template;

	private WhatsAppMediaOperations media;

	@TempDir
	Path tmp;

	@BeforeEach
	void reset() {
		simulator = simulatorExtension.simulator();
		this.template = template(WhatsAppRetryPolicy.defaults());
		this.media = this.template.media();
	}

	@AfterEach
	void close() {
		this.template.close();
	}

	private WhatsAppTemplate template(WhatsAppRetryPolicy policy) {
		MediaClient mediaClient = MediaClient.builder()
			.baseUrl(simulator.baseUrl())
			.accessToken(simulator.accessToken())
			.readTimeout(Duration.ofSeconds(5))
			.build();
		return WhatsAppTemplate.builder(SimulatorClients.client(simulator), simulator.phoneNumberId())
			.retryOperations(new SpringRetryOperations(policy, java.util.List.of()))
			.mediaClient(mediaClient)
			.build();
	}

	@Test
	void uploadsFromBytesResourcePathAndStreamAndMetaHoldsTheSameBytes() throws Exception {
		Path file = Files.write(this.tmp.resolve("receipt.pdf"), PNG);
		String fromBytes = this.media.upload(MediaUpload.of(PNG, "image/png").withFilename("a.png"));
		String fromResource = this.media.upload(MediaUpload.of(new ByteArrayResource(PNG), "IMAGE/PNG"));
		String fromPath = this.media.upload(MediaUpload.of(file, "application/pdf"));
		String fromStream = this.media
			.upload(MediaUpload.of(new ByteArrayInputStream(PNG), PNG.length, "audio/ogg; codecs=opus"));
		assertThat(simulator.media().find(fromBytes).orElseThrow().filename()).isEqualTo("a.png");
		assertThat(simulator.media().find(fromResource).orElseThrow().mimeType()).isEqualTo("image/png");
		assertThat(simulator.media().find(fromPath).orElseThrow().filename()).isEqualTo("receipt.pdf");
		assertThat(simulator.media().find(fromStream).orElseThrow().mimeType()).isEqualTo("audio/ogg");
		for (String id : new String[] { fromBytes, fromResource, fromPath, fromStream }) {
			assertThat(simulator.media().find(id).orElseThrow().content()).isEqualTo(PNG);
		}
		assertThat(simulator.recorder().records()).as("uploads are not messages").isEmpty();
	}

	@Test
	void retrievesTheUrlTypeShaAndSize() {
		String id = simulator.media().put(simulator.phoneNumberId(), "image/png", PNG);
		MediaInfo info = this.media.retrieve(id);
		assertThat(info.id()).isEqualTo(id);
		assertThat(info.mimeType()).isEqualTo("image/png");
		assertThat(info.fileSize()).isEqualTo(PNG.length);
		assertThat(info.sha256()).isEqualTo(simulator.media().find(id).orElseThrow().sha256());
		assertThat(info.url()).startsWith(simulator.baseUrl());
	}

	@Test
	void downloadsToAStreamAndToAFile() throws Exception {
		String id = simulator.media().put(simulator.phoneNumberId(), "application/pdf", PNG);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		assertThat(this.media.download(id, out).mimeType()).isEqualTo("application/pdf");
		assertThat(out.toByteArray()).isEqualTo(PNG);
		Path target = Files.write(this.tmp.resolve("doc.pdf"), new byte[] { 1 });
		this.media.download(id, target);
		assertThat(target).hasBinaryContent(PNG);
		try (var files = Files.list(this.tmp)) {
			assertThat(files).as("no partial file left").containsExactly(target);
		}
	}

	@Test
	void fetchesAnExpiredUrlAgainOnceAndDownloads() {
		String id = simulator.media().put(simulator.phoneNumberId(), "image/png", PNG);
		simulator.media().expireNextUrls(1);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		this.media.download(id, out);
		assertThat(out.toByteArray()).isEqualTo(PNG);
		assertThat(simulator.media().requestCount()).as("URL, expired download, URL, download").isEqualTo(4);
	}

	@Test
	void givesUpAfterOneNewUrlWhenThatHasExpiredToo() {
		String id = simulator.media().put(simulator.phoneNumberId(), "image/png", PNG);
		simulator.media().expireNextUrls(2);
		assertThatExceptionOfType(WhatsAppClientException.class)
			.isThrownBy(() -> this.media.download(id, new ByteArrayOutputStream()))
			.satisfies((ex) -> assertThat(ex.getHttpStatus()).isEqualTo(404));
		assertThat(simulator.media().requestCount()).isEqualTo(4);
		assertThat(simulator.media().downloadCount()).isZero();
	}

	@Test
	void streamsALargeDownloadWithoutHoldingItInMemory() {
		byte[] large = new byte[40_000_000];
		Arrays.fill(large, (byte) 'x');
		String id = simulator.media().put(simulator.phoneNumberId(), "application/pdf", large);
		large = null;
		CountingSink sink = new CountingSink();
		MediaInfo info = this.media.download(id, sink);
		assertThat(sink.bytes).isEqualTo(info.fileSize()).isEqualTo(40_000_000);
		assertThat(sink.largestWrite).as("written in buffer-sized pieces as it arrives").isLessThanOrEqualTo(64 * 1024);
	}

	@Test
	void deletesMedia() {
		String id = this.media.upload(MediaUpload.of(PNG, "image/png"));
		this.media.delete(id);
		assertThat(simulator.media().find(id)).isEmpty();
		assertThatExceptionOfType(WhatsAppClientException.class).isThrownBy(() -> this.media.retrieve(id))
			.satisfies((ex) -> assertThat(ex.getCode()).isEqualTo(100));
	}

	@Test
	void uploadsThenSendsTheImageWithItsId() {
		SendResult result = this.media.send(MediaUpload.of(PNG, "image/png"),
				(source) -> WhatsAppMessage.image(TO, source).withCaption("Your receipt"));
		RequestRecord sent = simulator.recorder().records().get(0);
		assertThat(sent.wamid()).isEqualTo(result.messageId());
		assertThat(sent.type()).isEqualTo("image");
		assertThat(simulator.media().all()).hasSize(1);
		String id = simulator.media().all().get(0).id();
		assertThat(sent.body()).contains("\"id\":\"" + id + "\"").contains("Your receipt");
	}

	@Test
	void fromAnotherNumberUploadsAndSendsForThatNumber() {
		this.template.from("100000000000002").media().send(MediaUpload.of(PNG, "image/png"),
				(source) -> WhatsAppMessage.image(TO, source));
		assertThat(simulator.media().all()).singleElement()
			.extracting(io.github.whatsappstarter.test.simulator.StoredMedia::phoneNumberId)
			.isEqualTo("100000000000002");
		assertThat(simulator.recorder().records().get(0).phoneNumberId()).isEqualTo("100000000000002");
	}

	@Test
	void refusesBadInputNamingTheFieldBeforeAnyRequest() throws Exception {
		assertInvalid(() -> MediaUpload.of(PNG, "image/gif"), "type");
		assertInvalid(() -> MediaUpload.of(PNG, " "), "type");
		assertInvalid(() -> MediaUpload.of(new byte[0], "image/png"), "file");
		assertInvalid(() -> MediaUpload.of(new byte[5_000_001], "image/jpeg"), "file");
		assertInvalid(() -> MediaUpload.of(new byte[500_001], "image/webp"), "file");
		assertInvalid(() -> MediaUpload.of(this.tmp.resolve("missing.png"), "image/png"), "file");
		assertInvalid(() -> MediaUpload.of(new InputStreamResource(new ByteArrayInputStream(PNG)), "image/png"), "file");
		Path huge = this.tmp.resolve("huge.pdf");
		try (RandomAccessFile file = new RandomAccessFile(huge.toFile(), "rw")) {
			file.setLength(100_000_001L);
		}
		assertInvalid(() -> MediaUpload.of(huge, "application/pdf"), "file");
		assertInvalid(() -> MediaUpload.of(new FileSystemResource(huge), "application/pdf"), "file");
		assertInvalid(() -> this.media.send(MediaUpload.of(PNG, "image/png"),
				(source) -> WhatsAppMessage.image("not-a-number", source)), "to");
		assertInvalid(() -> this.media.send(MediaUpload.of(PNG, "application/pdf"),
				(source) -> WhatsAppMessage.image(TO, source)), "type");
		assertInvalid(() -> this.media.retrieve(" "), "media.id");
		assertInvalid(() -> this.media.delete("12/../34"), "media.id");
		assertThat(simulator.media().requestCount()).isZero();
		assertThat(simulator.recorder().records()).isEmpty();
	}

	@Test
	void stopsAStreamThatHoldsMoreThanItsDeclaredSize() {
		assertInvalid(() -> this.media.upload(MediaUpload.of(new ByteArrayInputStream(PNG), 4, "image/png")), "file");
		assertThat(simulator.media().size()).isZero();
	}

	@Test
	void retriesAMetaSideFailureOfAnUpload() {
		this.template.close();
		this.template = template(fastRetries());
		simulator.media().faults().inject(Fault.graphError(131000).times(2));
		String id = this.template.media().upload(MediaUpload.of(PNG, "image/png"));
		assertThat(simulator.media().find(id)).isPresent();
		assertThat(simulator.media().requestCount()).isEqualTo(3);
	}

	@Test
	void doesNotRetryAStreamUploadThatCannotBeReadAgain() {
		this.template.close();
		this.template = template(fastRetries());
		simulator.media().faults().inject(Fault.graphError(131000).times(1));
		assertThatExceptionOfType(io.github.whatsappstarter.error.WhatsAppServerException.class).isThrownBy(
				() -> this.template.media().upload(MediaUpload.of(new ByteArrayInputStream(PNG), PNG.length, "image/png")));
		assertThat(simulator.media().requestCount()).isEqualTo(1);
	}

	@Test
	void givesUpOnPersistentMetaFailuresWithTheAttempts() {
		this.template.close();
		this.template = template(fastRetries());
		String id = simulator.media().put(simulator.phoneNumberId(), "image/png", PNG);
		simulator.media().faults().inject(Fault.graphError(131000));
		assertThatExceptionOfType(WhatsAppRetryExhaustedException.class)
			.isThrownBy(() -> this.template.media().retrieve(id))
			.satisfies((ex) -> assertThat(ex.getCode()).isEqualTo(131000));
		assertThat(simulator.media().requestCount()).isEqualTo(3);
	}

	@Test
	void anAccountRateLimitIsNotRetriedAndHoldsLaterMediaCallsUntilMetasTime() {
		simulator.media().faults().inject(Fault.graphError(80007).times(1)
			.withHeader("X-Business-Use-Case-Usage", "{\"123\":[{\"estimated_time_to_regain_access\":2}]}"));
		assertThatExceptionOfType(ApiRateLimitException.class)
			.isThrownBy(() -> this.media.upload(MediaUpload.of(PNG, "image/png")))
			.satisfies((ex) -> assertThat(ex.retryAfter()).isEqualTo(Duration.ofMinutes(2)));
		assertThat(simulator.media().requestCount()).isEqualTo(1);
		assertThatExceptionOfType(ApiRateLimitException.class)
			.isThrownBy(() -> this.media.upload(MediaUpload.of(PNG, "image/png")))
			.satisfies((ex) -> {
				assertThat(ex.getCode()).isEqualTo(80007);
				assertThat(ex.retryAfter()).isPositive().isLessThanOrEqualTo(Duration.ofMinutes(2));
			});
		assertThat(simulator.media().requestCount()).as("no call while Meta said to wait").isEqualTo(1);
		assertThat(this.template.send(TO, "texts still go out").messageId()).startsWith("wamid.");
	}

	@Test
	void anAppRateLimitWithoutATimeIsThrownAsIsAndNotRetried() {
		simulator.media().faults().inject(Fault.graphError(4).times(1));
		assertThatExceptionOfType(ApiRateLimitException.class)
			.isThrownBy(() -> this.media.upload(MediaUpload.of(PNG, "image/png")))
			.satisfies((ex) -> assertThat(ex.retryAfter()).isNull());
		assertThat(this.media.upload(MediaUpload.of(PNG, "image/png"))).isNotBlank();
		assertThat(simulator.media().requestCount()).isEqualTo(2);
	}

	@Test
	void uploadThenSendAtMetaLikeLatencyTakesTwoRoundTripsAndNoThroughputForTheUpload() {
		simulator.latency(Latency.fixed(Duration.ofMillis(300)));
		long start = System.nanoTime();
		this.media.send(MediaUpload.of(PNG, "image/png"), (source) -> WhatsAppMessage.image(TO, source));
		Duration took = Duration.ofNanos(System.nanoTime() - start);
		assertThat(took).isGreaterThanOrEqualTo(Duration.ofMillis(600)).isLessThan(Duration.ofSeconds(3));
		assertThat(simulator.recorder().records()).hasSize(1);
	}

	private static WhatsAppRetryPolicy fastRetries() {
		Backoff fast = new Backoff(Duration.ofMillis(10), 1, Duration.ofMillis(10), 0);
		return new WhatsAppRetryPolicy(3, Duration.ofSeconds(10), fast, fast, fast, false);
	}

	private static void assertInvalid(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String field) {
		assertThatExceptionOfType(WhatsAppValidationException.class).isThrownBy(call)
			.satisfies((ex) -> assertThat(ex.getField()).isEqualTo(field));
	}

	private static final class CountingSink extends OutputStream {

		long bytes;

		int largestWrite;

		@Override
		public void write(int b) {
			this.bytes++;
		}

		@Override
		public void write(byte[] b, int off, int len) {
			this.bytes += len;
			this.largestWrite = Math.max(this.largestWrite, len);
		}

	}

}
