package io.github.whatsappstarter.archfixture.b;

import io.github.whatsappstarter.archfixture.a.CycleA;

/**
 * The other half of {@code ArchitectureTests}' deliberate package cycle.
 */
public class CycleB {

	CycleA other;

}
