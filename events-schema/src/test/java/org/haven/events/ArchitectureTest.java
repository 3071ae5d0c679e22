package org.haven.events;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

/** events-schema is the contract both modules read: plain Java and Jackson, no framework. */
class ArchitectureTest {

    private static final JavaClasses CONTRACTS = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.haven");

    @Test
    void the_rule_sees_the_contract_classes() {
        // Guards against a rule that passes because it checks an empty or wrong package.
        assertThat(CONTRACTS.stream().map(c -> c.getPackageName()).distinct())
                .contains("org.haven.events", "org.haven.events.study", "org.haven.events.participant",
                        "org.haven.events.json", "org.haven.instrument");
    }

    @Test
    void no_contract_class_depends_on_spring_or_axon() {
        noClasses().should().dependOnClassesThat()
                .resideInAnyPackage("org.springframework..", "org.axonframework..")
                .check(CONTRACTS);
    }

    @Test
    void contract_classes_use_only_the_jdk_and_jackson() {
        classes().should().onlyDependOnClassesThat()
                .resideInAnyPackage("java..", "com.fasterxml.jackson..", "org.haven..")
                .check(CONTRACTS);
    }

    /**
     * Every package is its own slice: the event types, their JSON and the instrument model depend one way
     * (subpackages on org.haven.events, json on the event types, study events on the instrument), never back.
     */
    @Test
    void the_packages_are_free_of_cycles() {
        slices().matching("org.haven.(**)").should().beFreeOfCycles().check(CONTRACTS);
    }
}
