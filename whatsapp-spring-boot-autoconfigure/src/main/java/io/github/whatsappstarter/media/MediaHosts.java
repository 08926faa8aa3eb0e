package io.github.whatsappstarter.media;

import java.net.URI;
import java.util.Locale;

import io.github.whatsappstarter.error.WhatsAppValidationException;
import org.jspecify.annotations.Nullable;

/**
 * Decides which download URLs may receive the access token: the configured Graph API host (the
 * simulator's in tests), and over HTTPS on port 443 Meta's media hosts {@code lookaside.fbsbx.com},
 * {@code *.whatsapp.net} and {@code *.facebook.com}. Anything else never sees the token.
 */
final class MediaHosts {

	private final String graphScheme;

	private final String graphAuthority;

	MediaHosts(String baseUrl) {
		URI base = URI.create(baseUrl);
		this.graphScheme = lower(base.getScheme());
		this.graphAuthority = lower(base.getHost()) + ":" + port(base);
	}

	/**
	 * Returns the URL when it may be called with the token.
	 * @throws WhatsAppValidationException naming {@code url} otherwise
	 */
	URI check(String url) {
		URI uri;
		try {
			uri = URI.create(url);
		}
		catch (IllegalArgumentException ex) {
			throw new WhatsAppValidationException("url", "is not a URL: " + ex.getMessage());
		}
		if (!isTrusted(uri)) {
			throw new WhatsAppValidationException("url", "points to '" + uri.getHost() + "', which is not the Graph "
					+ "API host nor one of Meta's media hosts (lookaside.fbsbx.com, *.whatsapp.net, *.facebook.com over "
					+ "HTTPS); the access token is not sent there");
		}
		return uri;
	}

	boolean isTrusted(URI uri) {
		String scheme = lower(uri.getScheme());
		String host = lower(uri.getHost());
		if (host.isEmpty() || uri.getRawUserInfo() != null) {
			return false;
		}
		if (scheme.equals(this.graphScheme) && (host + ":" + port(uri)).equals(this.graphAuthority)) {
			return true;
		}
		return scheme.equals("https") && port(uri) == 443 && (host.equals("lookaside.fbsbx.com") || host.endsWith(".whatsapp.net")
				|| host.endsWith(".facebook.com"));
	}

	private static int port(URI uri) {
		if (uri.getPort() >= 0) {
			return uri.getPort();
		}
		return "http".equals(lower(uri.getScheme())) ? 80 : 443;
	}

	private static String lower(@Nullable String value) {
		return (value != null) ? value.toLowerCase(Locale.ROOT) : "";
	}

}
