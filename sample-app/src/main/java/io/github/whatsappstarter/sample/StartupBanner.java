package io.github.whatsappstarter.sample;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.stereotype.Component;

/**
 * Logs where the sample listens and one curl line to try, once the web server is up.
 *
 * @author whatsapp-spring-boot-starter
 * @since 0.1.0
 */
@Component
class StartupBanner implements ApplicationListener<WebServerInitializedEvent> {

	private static final Log logger = LogFactory.getLog(StartupBanner.class);

	@Override
	public void onApplicationEvent(WebServerInitializedEvent event) {
		int port = event.getWebServer().getPort();
		logger.info("Sample app listening on http://127.0.0.1:" + port + " — try:\n  curl -s -X POST http://127.0.0.1:"
				+ port + "/api/messages -H 'Content-Type: application/json' -d '{\"to\":\"15551234567\",\"text\":\"Hello\"}'");
	}

}
