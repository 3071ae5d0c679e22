package org.haven.survey.privacy;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.file.Path;

/** Wires the data keys under the master key from {@code haven.privacy.master-key} (HAVEN_PRIVACY_MASTER_KEY). */
@Configuration(proxyBeanMethods = false)
public class PrivacyConfiguration {

    @Bean
    DataKeys dataKeys(JdbcTemplate jdbc, @Value("${haven.privacy.master-key:}") String masterKey,
                      @Value("${haven.data-dir}") String dataDir) {
        return new DataKeys(jdbc, MasterKey.resolve(masterKey, Path.of(dataDir)));
    }

    @Bean
    FieldCipher fieldCipher(DataKeys dataKeys) {
        return new FieldCipher(dataKeys);
    }
}
