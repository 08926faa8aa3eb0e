package io.github.whatsappstarter.bundling;

import java.util.List;
import java.util.function.Supplier;

import org.aopalliance.aop.Advice;
import org.aopalliance.intercept.MethodInterceptor;

import org.springframework.aop.Pointcut;
import org.springframework.aop.support.AbstractPointcutAdvisor;
import org.springframework.aop.support.ComposablePointcut;
import org.springframework.aop.support.annotation.AnnotationMatchingPointcut;
import org.springframework.core.Ordered;
import org.springframework.util.Assert;

/**
 * Spring AOP advisor for {@link BundleMessages}: its pointcut matches annotated methods and
 * methods of annotated types, its advice opens a bundling scope on the calling thread and, when
 * the outermost annotated method ends, sends the texts held in it. Applied to user beans by Spring's
 * auto-proxy creator.
 *
 * @author whatsapp-spring-boot-starter
 * @since 0.1.0
 */
public class BundleMessagesAdvisor extends AbstractPointcutAdvisor {

	private final transient Pointcut pointcut = new ComposablePointcut(
			new AnnotationMatchingPointcut(BundleMessages.class, true))
		.union(new AnnotationMatchingPointcut(null, BundleMessages.class, true));

	private final transient MethodInterceptor interceptor;

	/**
	 * Creates an advisor.
	 * @param bundler the bundler that holds and sends the texts
	 */
	public BundleMessagesAdvisor(MessageBundler bundler) {
		this(() -> bundler);
		Assert.notNull(bundler, "bundler must not be null");
	}

	/**
	 * Creates an advisor that looks the bundler up when a scope first ends, so that creating the
	 * advisor early (auto-proxy creators do) creates nothing else.
	 * @param bundler supplies the bundler that holds and sends the texts
	 */
	public BundleMessagesAdvisor(Supplier<MessageBundler> bundler) {
		Assert.notNull(bundler, "bundler must not be null");
		this.interceptor = (invocation) -> {
			BundleScope scope = BundleScope.enter();
			try {
				return invocation.proceed();
			}
			finally {
				if (scope.exit()) {
					bundler.get().flush(List.copyOf(scope.keys));
				}
			}
		};
		setOrder(Ordered.LOWEST_PRECEDENCE);
	}

	@Override
	public Pointcut getPointcut() {
		return this.pointcut;
	}

	@Override
	public Advice getAdvice() {
		return this.interceptor;
	}

}
