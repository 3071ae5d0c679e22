package org.haven.demo;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

/** The demo's packages depend one way: the run on its parts, the submitters on the client and the cohort. */
class ArchitectureTest {

    private static final JavaClasses DEMO = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.haven.demo");

    @Test
    void the_rule_sees_the_demo_classes() {
        assertThat(DEMO.stream().map(c -> c.getPackageName()).distinct())
                .contains("org.haven.demo", "org.haven.demo.api", "org.haven.demo.cohort", "org.haven.demo.submission");
    }

    /** Every package is its own slice, the top one (DemoMain, DemoRun) included. */
    @Test
    void the_packages_are_free_of_cycles() {
        slices().matching("org.haven.(**)").should().beFreeOfCycles().check(DEMO);
    }
}
