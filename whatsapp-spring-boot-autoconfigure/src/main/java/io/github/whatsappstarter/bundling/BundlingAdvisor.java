package io.github.whatsappstarter.bundling;

import java.lang.reflect.Method;
import java.util.Set;

import io.github.whatsappstarter.client.WhatsAppOperations;
import org.aopalliance.aop.Advice;

import org.springframework.aop.Pointcut;
import org.springframework.aop.support.AbstractPointcutAdvisor;
import org.springframework.aop.support.StaticMethodMatcherPointcut;
import org.springframework.core.Ordered;
import org.springframework.util.Assert;

/**
 * Spring AOP advisor that bundles the texts sent through a {@link WhatsAppOperations}: its
 * pointcut matches the {@code send}, {@code sendAsync} and {@code from} methods of any
 * {@code WhatsAppOperations}, its advice hands them to a {@link MessageBundler}. Ordered first, so
 * it sits outside anything else applied to the operations; retry and rate limiting, inside the
 * template, apply once per merged message.
 *
 * @author whatsapp-spring-boot-starter
 * @since 0.1.0
 */
public class BundlingAdvisor extends AbstractPointcutAdvisor {

	private static final Set<String> METHODS = Set.of("send", "sendAsync", "from");

	private final transient Pointcut pointcut = new OperationsPointcut();

	private final transient BundlingInterceptor interceptor;

	private final transient MessageBundler bundler;

	/**
	 * Creates an advisor.
	 * @param bundler the bundler the sends go through
	 */
	public BundlingAdvisor(MessageBundler bundler) {
		Assert.notNull(bundler, "bundler must not be null");
		this.bundler = bundler;
		this.interceptor = new BundlingInterceptor(bundler, this);
		setOrder(Ordered.HIGHEST_PRECEDENCE);
	}

	/**
	 * Returns the bundler the sends go through, e.g. to read its counts.
	 * @return the bundler
	 */
	public MessageBundler getBundler() {
		return this.bundler;
	}

	@Override
	public Pointcut getPointcut() {
		return this.pointcut;
	}

	@Override
	public Advice getAdvice() {
		return this.interceptor;
	}

	private static final class OperationsPointcut extends StaticMethodMatcherPointcut {

		OperationsPointcut() {
			setClassFilter(WhatsAppOperations.class::isAssignableFrom);
		}

		@Override
		public boolean matches(Method method, Class<?> targetClass) {
			return METHODS.contains(method.getName()) && method.getParameterCount() > 0
					&& isDeclaredBy(method);
		}

		private static boolean isDeclaredBy(Method method) {
			try {
				WhatsAppOperations.class.getMethod(method.getName(), method.getParameterTypes());
				return true;
			}
			catch (NoSuchMethodException ex) {
				return false;
			}
		}

	}

}
