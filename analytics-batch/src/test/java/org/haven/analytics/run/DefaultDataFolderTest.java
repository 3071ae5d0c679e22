package org.haven.analytics.run;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.YamlPropertiesFactoryBean;
import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

class DefaultDataFolderTest {

    @Test
    void the_job_repository_defaults_to_a_folder_of_the_batchs_own_not_the_services() {
        var yaml = new YamlPropertiesFactoryBean();
        yaml.setResources(new ClassPathResource("application.yml"));
        var settings = yaml.getObject();

        assertThat(settings.getProperty("haven.data-dir")).isEqualTo("./data/analytics-batch");
        assertThat(settings.getProperty("spring.datasource.url")).startsWith("jdbc:h2:file:${haven.data-dir}/");
    }
}
