package io.github.whatsappstarter.campaign;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.TreeMap;

/**
 * What has happened to the recipients of one chunk: per recipient how many of its messages ended
 * (sent or failed), the chunk's sent and failed counts and its failures by reason, stamped with the
 * epoch of the owner that wrote it. A new owner stamps a chunk with its epoch before using it, so a
 * write of an owner that lost its lease fails instead of overwriting. Mutable; guarded by the run.
 */
final class ChunkProgress {

	long epoch;

	final byte[] done;

	int sent;

	int failed;

	final Map<String, Integer> reasons;

	ChunkProgress(long epoch, byte[] done, int sent, int failed, Map<String, Integer> reasons) {
		this.epoch = epoch;
		this.done = done;
		this.sent = sent;
		this.failed = failed;
		this.reasons = new TreeMap<>(reasons);
	}

	static ChunkProgress empty(long epoch, int size) {
		return new ChunkProgress(epoch, new byte[size], 0, 0, Map.of());
	}

	void fail(String reason, int messages) {
		this.failed += messages;
		this.reasons.merge(reason, messages, Integer::sum);
	}

	byte[] encode() {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream(this.done.length + 64);
		try (DataOutputStream out = new DataOutputStream(bytes)) {
			out.writeLong(this.epoch);
			out.writeInt(this.done.length);
			out.write(this.done);
			out.writeInt(this.sent);
			out.writeInt(this.failed);
			out.writeInt(this.reasons.size());
			for (Map.Entry<String, Integer> reason : this.reasons.entrySet()) {
				out.writeUTF(reason.getKey());
				out.writeInt(reason.getValue());
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}

	static ChunkProgress decode(byte[] data) {
		try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(data))) {
			long epoch = in.readLong();
			byte[] done = new byte[in.readInt()];
			in.readFully(done);
			int sent = in.readInt();
			int failed = in.readInt();
			int reasonCount = in.readInt();
			Map<String, Integer> reasons = new TreeMap<>();
			for (int i = 0; i < reasonCount; i++) {
				reasons.put(in.readUTF(), in.readInt());
			}
			return new ChunkProgress(epoch, done, sent, failed, reasons);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
