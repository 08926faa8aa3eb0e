package io.github.whatsappstarter.test.autoconfigure;

import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;

/**
 * Points a bound simulator's webhooks at the application once its main web server is up (a management server
 * on its own port is ignored).
 *
 * @author whatsapp-spring-boot-starter
 * @since 0.1.0
 */
public class WhatsAppSimulatorWebhookConnector implements ApplicationListener<WebServerInitializedEvent> {

	private final WhatsAppSimulatorBinding binding;

	/**
	 * Create a connector.
	 * @param binding the simulator's binding to its context
	 */
	public WhatsAppSimulatorWebhookConnector(WhatsAppSimulatorBinding binding) {
		this.binding = binding;
	}

	@Override
	public void onApplicationEvent(WebServerInitializedEvent event) {
		if (event.getApplicationContext().getServerNamespace() == null) {
			this.binding.connectWebhooks(event.getWebServer().getPort());
		}
	}

}
