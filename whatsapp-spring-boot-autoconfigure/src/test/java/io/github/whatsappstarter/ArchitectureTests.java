package io.github.whatsappstarter;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaPackage;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import io.github.whatsappstarter.archfixture.a.CycleA;
import io.github.whatsappstarter.archfixture.b.CycleB;
import org.jspecify.annotations.NullMarked;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rules the code base keeps as it grows, checked on the compiled main classes of the starter
 * and the simulator: no package cycles, library packages free of auto-configuration, case changes
 * with an explicit locale, and a {@code package-info} with {@code @NullMarked} in every package.
 * Each rule is also checked against deliberately bad classes ({@code archfixture}, test sources),
 * so that a rule that can no longer fail is noticed.
 */
class ArchitectureTests {

	private static final JavaClasses MAIN = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("io.github.whatsappstarter");

	private static final ArchRule NO_PACKAGE_CYCLES = slices().matching("io.github.whatsappstarter.(**)")
		.should()
		.beFreeOfCycles()
		.allowEmptyShould(false);

	private static final ArchRule LIBRARY_WITHOUT_AUTOCONFIGURATION = noClasses().that()
		.resideOutsideOfPackage("io.github.whatsappstarter.autoconfigure..")
		.should()
		.dependOnClassesThat()
		.resideInAPackage("io.github.whatsappstarter.autoconfigure..");

	private static final ArchRule CASE_CHANGES_WITH_A_LOCALE = noClasses().should()
		.callMethod(String.class, "toUpperCase")
		.orShould()
		.callMethod(String.class, "toLowerCase");

	@Test
	void theMainClassesAreFound() {
		assertThat(MAIN.stream().map(JavaClass::getPackageName))
			.contains("io.github.whatsappstarter.client", "io.github.whatsappstarter.ratelimit",
					"io.github.whatsappstarter.autoconfigure", "io.github.whatsappstarter.test.simulator");
	}

	@Test
	void noPackageDependsOnItselfThroughOthers() {
		NO_PACKAGE_CYCLES.check(MAIN);
	}

	@Test
	void theCycleRuleFailsOnACycle() {
		assertThat(NO_PACKAGE_CYCLES.evaluate(fixtures()).hasViolation()).isTrue();
	}

	@Test
	void libraryPackagesDoNotImportAutoConfiguration() {
		LIBRARY_WITHOUT_AUTOCONFIGURATION.check(MAIN);
	}

	@Test
	void theAutoConfigurationRuleFailsOnALibraryClassThatUsesIt() {
		assertThat(LIBRARY_WITHOUT_AUTOCONFIGURATION.evaluate(fixtures()).hasViolation()).isTrue();
	}

	@Test
	void caseChangesNameTheirLocale() {
		CASE_CHANGES_WITH_A_LOCALE.check(MAIN);
	}

	@Test
	void theLocaleRuleFailsOnACaseChangeWithoutOne() {
		assertThat(CASE_CHANGES_WITH_A_LOCALE.evaluate(fixtures()).hasViolation()).isTrue();
	}

	@Test
	void everyPackageHasAPackageInfoThatIsNullMarked() {
		assertThat(packagesWithoutNullMarkedInfo(MAIN)).isEmpty();
	}

	@Test
	void thePackageInfoRuleFindsAPackageWithoutOne() {
		assertThat(packagesWithoutNullMarkedInfo(fixtures())).isNotEmpty();
	}

	private static Set<String> packagesWithoutNullMarkedInfo(JavaClasses classes) {
		Set<String> missing = new TreeSet<>();
		for (JavaClass type : classes) {
			JavaPackage pkg = type.getPackage();
			boolean marked = pkg.tryGetPackageInfo().map((info) -> info.isAnnotatedWith(NullMarked.class)).orElse(false);
			if (!marked) {
				missing.add(pkg.getName());
			}
		}
		return missing;
	}

	private static JavaClasses fixtures() {
		return new ClassFileImporter().importClasses(List.of(CycleA.class, CycleB.class));
	}

}
