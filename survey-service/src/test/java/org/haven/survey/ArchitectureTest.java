package org.haven.survey;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The feature packages depend on each other in one direction only: a cycle means two features can no longer be
 * understood, tested or changed apart, and usually that a class sits in the wrong package.
 */
@AnalyzeClasses(packages = "org.haven.survey", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule feature_packages_are_free_of_cycles =
            slices().matching("org.haven.survey.(*)..").should().beFreeOfCycles();
}
