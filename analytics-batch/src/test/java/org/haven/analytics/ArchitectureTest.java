package org.haven.analytics;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

/** The batch reads only the topic, never the service; its statistics are plain Java, free of Spring. */
class ArchitectureTest {

    private static final JavaClasses BATCH = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.haven.analytics");

    @Test
    void the_rules_see_the_batch_classes() {
        assertThat(BATCH.stream().map(c -> c.getPackageName()).distinct())
                .contains("org.haven.analytics.statistics", "org.haven.analytics.scoring", "org.haven.analytics.replay");
    }

    @Test
    void the_batch_never_depends_on_the_service() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("org.haven.survey..").check(BATCH);
    }

    @Test
    void statistics_and_scoring_are_plain_java_without_spring_or_kafka() {
        noClasses().that().resideInAnyPackage("org.haven.analytics.statistics..", "org.haven.analytics.scoring..")
                .should().dependOnClassesThat()
                .resideInAnyPackage("org.springframework..", "org.apache.kafka..", "org.axonframework..")
                .check(BATCH);
    }

    /** Dependencies between the batch's packages go one way (statistics reads scoring's results, never back). */
    @Test
    void the_packages_are_free_of_cycles() {
        slices().matching("org.haven.analytics.(*)..").should().beFreeOfCycles().check(BATCH);
    }
}
