package io.github.whatsappstarter.bundling;

import java.lang.reflect.Method;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import io.github.whatsappstarter.client.WhatsAppOperations;
import io.github.whatsappstarter.message.SendResult;
import io.github.whatsappstarter.message.TextMessage;
import io.github.whatsappstarter.message.WhatsAppMessage;
import org.aopalliance.intercept.MethodInterceptor;
import org.aopalliance.intercept.MethodInvocation;
import org.jspecify.annotations.Nullable;

import org.springframework.aop.framework.ProxyFactory;

/**
 * The advice of {@link BundlingAdvisor}: routes every {@code send}/{@code sendAsync} overload of
 * {@link WhatsAppOperations} through the {@link MessageBundler}, and proxies the views returned by
 * {@code from(phoneNumberId)} so they are bundled too. Sends with a deadline are never held back
 * (their order is still kept).
 */
final class BundlingInterceptor implements MethodInterceptor {

	private final MessageBundler bundler;

	private final BundlingAdvisor advisor;

	BundlingInterceptor(MessageBundler bundler, BundlingAdvisor advisor) {
		this.bundler = bundler;
		this.advisor = advisor;
	}

	@Override
	public @Nullable Object invoke(MethodInvocation invocation) throws Throwable {
		if (!(invocation.getThis() instanceof WhatsAppOperations target)) {
			return invocation.proceed();
		}
		Method method = invocation.getMethod();
		Object[] args = invocation.getArguments();
		if (method.getName().equals("from")) {
			return proxy((WhatsAppOperations) invocation.proceed());
		}
		boolean async = method.getName().equals("sendAsync");
		String phoneNumberId = (args.length >= 2 && args[1] instanceof WhatsAppMessage) ? (String) args[0]
				: target.getPhoneNumberId();
		WhatsAppMessage message = message(args);
		Instant deadline = (args.length == 3 && args[2] instanceof Instant instant) ? instant : null;
		if (async) {
			return sendAsync(target, phoneNumberId, message, deadline);
		}
		if (MessageBundler.isMergeable(message)) {
			CompletableFuture<SendResult> result = this.bundler.add(target, phoneNumberId, (TextMessage) message);
			if (BundleScope.current() != null) {
				this.bundler.flush(phoneNumberId, message.recipientKey());
			}
			return join(result);
		}
		return this.bundler.sendInOrder(phoneNumberId, message, () -> target.send(phoneNumberId, message));
	}

	private CompletableFuture<SendResult> sendAsync(WhatsAppOperations target, String phoneNumberId,
			WhatsAppMessage message, @Nullable Instant deadline) {
		if (deadline == null && MessageBundler.isMergeable(message)) {
			return this.bundler.add(target, phoneNumberId, (TextMessage) message);
		}
		return this.bundler.sendAsyncInOrder(phoneNumberId, message,
				() -> target.sendAsync(phoneNumberId, message, deadline));
	}

	private static WhatsAppMessage message(Object[] args) {
		if (args.length == 2 && args[0] instanceof String to && args[1] instanceof String text) {
			return WhatsAppMessage.text(to, text);
		}
		return (WhatsAppMessage) ((args[0] instanceof WhatsAppMessage) ? args[0] : args[1]);
	}

	private WhatsAppOperations proxy(WhatsAppOperations view) {
		ProxyFactory factory = new ProxyFactory(view);
		factory.addAdvisor(this.advisor);
		return (WhatsAppOperations) factory.getProxy(view.getClass().getClassLoader());
	}

	private static SendResult join(CompletableFuture<SendResult> future) {
		try {
			return future.join();
		}
		catch (CompletionException ex) {
			if (ex.getCause() instanceof RuntimeException runtime) {
				throw runtime;
			}
			if (ex.getCause() instanceof Error error) {
				throw error;
			}
			throw ex;
		}
	}

}
