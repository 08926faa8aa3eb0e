package io.github.whatsappstarter.bundling;

import io.github.whatsappstarter.client.WhatsAppOperations;
import org.jspecify.annotations.Nullable;

import org.springframework.aop.framework.Advised;
import org.springframework.aop.framework.ProxyFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.util.Assert;
import org.springframework.util.ClassUtils;

/**
 * Applies a {@link BundlingAdvisor} to every {@link WhatsAppOperations} bean: an existing Spring
 * AOP proxy gets the advisor added in front, any other bean is wrapped in a JDK proxy of its
 * interfaces (inject {@code WhatsAppOperations}, not the concrete template, when bundling is on).
 * The advisor is deliberately not a bean: Boot's AspectJ auto-proxy creator applies every
 * {@code Advisor} bean with class-based proxies, which the template does not support. The bundler
 * is looked up lazily, so this post-processor pulls no bean in early.
 *
 * @author whatsapp-spring-boot-starter
 * @since 0.1.0
 */
public class BundlingBeanPostProcessor implements BeanPostProcessor {

	private final ObjectProvider<MessageBundler> bundler;

	private volatile @Nullable BundlingAdvisor advisor;

	/**
	 * Creates a post-processor.
	 * @param bundler the bundler sends go through, resolved on first use
	 */
	public BundlingBeanPostProcessor(ObjectProvider<MessageBundler> bundler) {
		Assert.notNull(bundler, "bundler must not be null");
		this.bundler = bundler;
	}

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if (!(bean instanceof WhatsAppOperations)) {
			return bean;
		}
		BundlingAdvisor advisor = advisor();
		if (bean instanceof Advised advised && !advised.isFrozen()) {
			if (advised.indexOf(advisor) < 0) {
				advised.addAdvisor(0, advisor);
			}
			return bean;
		}
		ProxyFactory factory = new ProxyFactory(bean);
		factory.addAdvisor(advisor);
		return factory.getProxy(ClassUtils.getDefaultClassLoader());
	}

	/**
	 * Returns the advisor applied to the operations, created on first use.
	 * @return the advisor
	 */
	public BundlingAdvisor advisor() {
		BundlingAdvisor advisor = this.advisor;
		if (advisor == null) {
			synchronized (this) {
				advisor = this.advisor;
				if (advisor == null) {
					advisor = new BundlingAdvisor(this.bundler.getObject());
					this.advisor = advisor;
				}
			}
		}
		return advisor;
	}

}
