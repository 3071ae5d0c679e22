package org.haven.testing;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AnalyticsBatchJarTest {

    @TempDir
    Path repository;

    @Test
    void finds_the_repository_root_from_a_module_folder_below_it() throws Exception {
        Files.writeString(repository.resolve("pom.xml"),
                "<modules><module>analytics-batch</module><module>survey-service</module></modules>");
        Path module = Files.createDirectories(repository.resolve("survey-service"));
        // a module's own pom names the parent, not the modules: it must not be taken for the root
        Files.writeString(module.resolve("pom.xml"), "<parent><artifactId>haven-parent</artifactId></parent>");

        assertThat(AnalyticsBatchJar.repositoryRoot(module)).isEqualTo(repository);
        assertThat(AnalyticsBatchJar.repositoryRoot(repository)).isEqualTo(repository);
    }

    @Test
    void says_where_it_looked_outside_a_repository() {
        assertThatThrownBy(() -> AnalyticsBatchJar.repositoryRoot(repository))
                .hasMessageContaining("no pom.xml listing the analytics-batch module in " + repository);
    }

    @Test
    void names_the_missing_jar_of_the_version_under_test_and_says_to_build_the_batch_first() {
        String before = System.getProperty(AnalyticsBatchJar.VERSION_PROPERTY);
        System.setProperty(AnalyticsBatchJar.VERSION_PROPERTY, "0.0.0-never-built");
        try {
            // a skip locally, a failure under CI=true: both say which jar and what to run
            assertThatThrownBy(AnalyticsBatchJar::locate)
                    .hasMessageContaining("analytics-batch/target/analytics-batch-0.0.0-never-built.jar is not built")
                    .hasMessageContaining("build analytics-batch first");
        } finally {
            if (before == null) {
                System.clearProperty(AnalyticsBatchJar.VERSION_PROPERTY);
            } else {
                System.setProperty(AnalyticsBatchJar.VERSION_PROPERTY, before);
            }
        }
    }
}
