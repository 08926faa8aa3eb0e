package io.github.whatsappstarter.sample;

import io.github.whatsappstarter.error.WhatsAppAuthenticationException;
import io.github.whatsappstarter.error.WhatsAppClientException;
import io.github.whatsappstarter.error.WhatsAppException;
import io.github.whatsappstarter.error.WhatsAppOutcomeUnknownException;
import io.github.whatsappstarter.error.WhatsAppRateLimitedException;
import io.github.whatsappstarter.error.WhatsAppValidationException;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Maps the starter's typed exceptions to HTTP answers with the Graph error code, so API clients
 * can tell bad input from throttling from Meta outages.
 *
 * @author whatsapp-spring-boot-starter
 * @since 0.1.0
 */
@RestControllerAdvice
class WhatsAppErrorHandler {

	@ExceptionHandler(WhatsAppException.class)
	ResponseEntity<ErrorResponse> handle(WhatsAppException ex) {
		HttpStatus status = statusFor(ex);
		String field = (ex instanceof WhatsAppValidationException validation) ? validation.getField() : null;
		return ResponseEntity.status(status)
			.body(new ErrorResponse(ex.getClass().getSimpleName(), ex.getCode(), field, ex.getMessage()));
	}

	private static HttpStatus statusFor(WhatsAppException ex) {
		if (ex instanceof WhatsAppValidationException) {
			return HttpStatus.BAD_REQUEST;
		}
		if (ex instanceof WhatsAppRateLimitedException) {
			return HttpStatus.TOO_MANY_REQUESTS;
		}
		if (ex instanceof WhatsAppClientException) {
			return HttpStatus.UNPROCESSABLE_CONTENT;
		}
		if (ex instanceof WhatsAppOutcomeUnknownException) {
			return HttpStatus.GATEWAY_TIMEOUT;
		}
		if (ex instanceof WhatsAppAuthenticationException) {
			return HttpStatus.BAD_GATEWAY;
		}
		return HttpStatus.SERVICE_UNAVAILABLE;
	}

	record ErrorResponse(String error, int code, String field, String message) {
	}

}
