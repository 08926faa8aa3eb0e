package io.github.whatsappstarter.management;

/**
 * Makes one Graph API call and answers its body, throwing the starter's typed exceptions for an
 * error answer. {@code CloudApiClient::graph} is the one the template uses; the management
 * operations depend on this function only, not on the client.
 *
 * @author whatsapp-spring-boot-starter
 * @since 0.3.0
 */
@FunctionalInterface
public interface GraphCalls {

	/**
	 * Makes the call.
	 * @param request the request
	 * @return the answer's body
	 */
	byte[] call(GraphRequest request);

}
