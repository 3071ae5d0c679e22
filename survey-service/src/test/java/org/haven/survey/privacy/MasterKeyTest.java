package org.haven.survey.privacy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.config.YamlPropertiesFactoryBean;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.core.io.ClassPathResource;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(OutputCaptureExtension.class)
class MasterKeyTest {

    @TempDir
    Path data;

    @Test
    void says_at_every_start_where_the_generated_key_file_is_and_to_back_it_up_apart_from_the_database(
            CapturedOutput output) {
        MasterKey.resolve("", data);
        MasterKey.resolve("", data); // the second start finds the file

        String file = data.resolve("master-key").toAbsolutePath().toString();
        assertThat(output.getAll().lines().filter(line -> line.contains("Master key: the file " + file + ".")))
                .hasSize(2).allSatisfy(line -> assertThat(line).contains("Back it up apart from the database"));
    }

    @Test
    void says_where_a_configured_key_comes_from(CapturedOutput output) {
        // 32 zero bytes
        var key = MasterKey.resolve("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=", data);

        assertThat(key.getEncoded()).hasSize(32);
        assertThat(output.getAll()).contains("Master key: from the setting haven.privacy.master-key"
                + " (HAVEN_PRIVACY_MASTER_KEY). Keep a copy of it apart from the database");
        assertThat(data.resolve("master-key")).doesNotExist();
    }

    @Test
    void the_service_keeps_its_embedded_data_in_a_folder_of_its_own_not_the_batchs() {
        var yaml = new YamlPropertiesFactoryBean();
        yaml.setResources(new ClassPathResource("application.yml"));

        assertThat(yaml.getObject().getProperty("haven.data-dir")).isEqualTo("./data/survey-service");
    }
}
