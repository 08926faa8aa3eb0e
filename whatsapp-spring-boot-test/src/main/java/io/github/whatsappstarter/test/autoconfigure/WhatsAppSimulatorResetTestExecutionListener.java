package io.github.whatsappstarter.test.autoconfigure;

import org.springframework.context.ApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;
import org.springframework.test.context.support.AbstractTestExecutionListener;

/**
 * {@link TestExecutionListener} that resets the simulator bound by {@link AutoConfigureWhatsAppSimulator} after
 * each test method (records, faults, limiter state, runtime changes; webhooks keep reaching the application), so
 * tests sharing a cached context start from a clean simulator. Simulators a test registers itself are left alone.
 *
 * @author whatsapp-spring-boot-starter
 * @since 0.1.0
 */
public class WhatsAppSimulatorResetTestExecutionListener extends AbstractTestExecutionListener {

	/**
	 * Runs after Spring's own listeners have finished with the test method.
	 * @return the order
	 */
	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE - 100;
	}

	@Override
	public void afterTestMethod(TestContext testContext) {
		if (!testContext.hasApplicationContext()) {
			return;
		}
		ApplicationContext context = testContext.getApplicationContext();
		if (context.containsBean(WhatsAppSimulatorBinding.BINDING_BEAN_NAME)) {
			context.getBean(WhatsAppSimulatorBinding.BINDING_BEAN_NAME, WhatsAppSimulatorBinding.class).reset();
		}
	}

}
