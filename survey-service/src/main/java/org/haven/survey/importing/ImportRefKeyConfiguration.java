package org.haven.survey.importing;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.file.Path;

/** Resolves the import-reference key once at start-up, after Flyway, so a wrong or missing key stops the start. */
@Configuration(proxyBeanMethods = false)
class ImportRefKeyConfiguration {

    @Bean
    ImportRefKey importRefKey(JdbcTemplate jdbc, @Value("${haven.import.ref-key:}") String configured,
                              @Value("${haven.data-dir}") String dataDir) {
        return new ImportRefKeyResolver(jdbc, configured, Path.of(dataDir)).resolve();
    }
}
