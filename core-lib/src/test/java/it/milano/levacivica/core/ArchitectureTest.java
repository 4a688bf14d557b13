package it.milano.levacivica.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Keeps core-lib a plain Java library: the JDK and nothing else. */
class ArchitectureTest {

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("it.milano.levacivica.core");

    @Test
    void dependsOnTheJdkOnly() {
        noClasses().should().dependOnClassesThat()
                .resideOutsideOfPackages("java..", "it.milano.levacivica.core..")
                .check(classes);
    }

    @Test
    void rulesDoNotDependOnForecasts() {
        noClasses().that().resideInAPackage("..core.rules..")
                .should().dependOnClassesThat().resideInAPackage("..core.forecast..")
                .check(classes);
    }

    @Test
    void nothingReadsTheSystemClock() {
        noClasses().should().callMethod(java.time.LocalDate.class, "now")
                .orShould().callMethod(java.lang.System.class, "currentTimeMillis")
                .orShould().callMethod(java.time.Clock.class, "systemDefaultZone")
                .check(classes);
    }
}
