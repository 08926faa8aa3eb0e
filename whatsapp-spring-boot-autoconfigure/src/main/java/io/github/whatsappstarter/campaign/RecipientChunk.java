package io.github.whatsappstarter.campaign;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Up to a chunk's worth of recipients with their parameters and message counts, encoded compactly
 * (about 13 bytes per number without parameters), so a million recipients take about 13 MB in the
 * store instead of a million objects. Immutable once written.
 */
record RecipientChunk(List<CampaignRecipient> recipients, byte[] messageCounts) {

	int size() {
		return this.recipients.size();
	}

	byte[] encode() {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream(this.recipients.size() * 16);
		try (DataOutputStream out = new DataOutputStream(bytes)) {
			out.writeInt(this.recipients.size());
			for (int i = 0; i < this.recipients.size(); i++) {
				CampaignRecipient recipient = this.recipients.get(i);
				out.writeUTF(recipient.to());
				out.writeByte(this.messageCounts[i]);
				out.writeShort(recipient.parameters().size());
				for (String parameter : recipient.parameters()) {
					out.writeUTF(parameter);
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}

	static RecipientChunk decode(byte[] data) {
		try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(data))) {
			int size = in.readInt();
			List<CampaignRecipient> recipients = new ArrayList<>(size);
			byte[] counts = new byte[size];
			for (int i = 0; i < size; i++) {
				String to = in.readUTF();
				counts[i] = in.readByte();
				int parameters = in.readShort();
				List<String> values = new ArrayList<>(parameters);
				for (int p = 0; p < parameters; p++) {
					values.add(in.readUTF());
				}
				recipients.add(new CampaignRecipient(to, values));
			}
			return new RecipientChunk(recipients, counts);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
