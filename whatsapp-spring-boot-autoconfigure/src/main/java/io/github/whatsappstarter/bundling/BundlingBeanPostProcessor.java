package io.github.whatsappstarter.bundling;

import io.github.whatsappstarter.client.WhatsAppOperations;

import org.springframework.aop.framework.Advised;
import org.springframework.aop.framework.ProxyFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.util.Assert;
import org.springframework.util.ClassUtils;

/**
 * Applies the {@link BundlingAdvisor} to every {@link WhatsAppOperations} bean: an existing
 * Spring AOP proxy gets the advisor added in front, any other bean is wrapped in a JDK proxy of its
 * interfaces (inject {@code WhatsAppOperations}, not the concrete template, when bundling is on).
 * The advisor is looked up lazily, so this post-processor pulls no bean in early.
 *
 * @author whatsapp-spring-boot-starter
 * @since 0.1.0
 */
public class BundlingBeanPostProcessor implements BeanPostProcessor {

	private final ObjectProvider<BundlingAdvisor> advisor;

	/**
	 * Creates a post-processor.
	 * @param advisor the advisor to apply, resolved on first use
	 */
	public BundlingBeanPostProcessor(ObjectProvider<BundlingAdvisor> advisor) {
		Assert.notNull(advisor, "advisor must not be null");
		this.advisor = advisor;
	}

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if (!(bean instanceof WhatsAppOperations)) {
			return bean;
		}
		BundlingAdvisor advisor = this.advisor.getObject();
		if (bean instanceof Advised advised && !advised.isFrozen()) {
			advised.addAdvisor(0, advisor);
			return bean;
		}
		ProxyFactory factory = new ProxyFactory(bean);
		factory.addAdvisor(advisor);
		return factory.getProxy(ClassUtils.getDefaultClassLoader());
	}

}
