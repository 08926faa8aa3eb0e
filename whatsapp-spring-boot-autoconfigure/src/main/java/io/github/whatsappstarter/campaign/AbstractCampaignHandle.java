package io.github.whatsappstarter.campaign;

/**
 * What every handle shares: the campaign's id and name, which never change, and its string form.
 */
abstract class AbstractCampaignHandle implements CampaignHandle {

	private final String id;

	private final String name;

	AbstractCampaignHandle(CampaignRecord record) {
		this.id = record.id();
		this.name = record.name();
	}

	@Override
	public final String id() {
		return this.id;
	}

	@Override
	public final String name() {
		return this.name;
	}

	@Override
	public String toString() {
		return "Campaign " + this.name + " (" + this.id + "): " + progress();
	}

}
