package org.haven.survey.reliability;

import static org.assertj.core.api.Assertions.assertThat;

/** A study for import tests in a service process: enrolls from imports, two always-open waves, ESTI v1. */
final class ImportStudies {

    private ImportStudies() {
    }

    static String create(ServiceProcess service) {
        var study = service.api.postJson("/api/studies", service.researcher(), "{\"title\":\"Import study\","
                + "\"importsMayEnroll\":true,\"waves\":[{\"type\":\"always\"},{\"type\":\"always\"}]}");
        assertThat(study.status()).as(study.body()).isEqualTo(201);
        String studyId = study.json().get("studyId").asText();
        var published = service.api.post("/api/studies/" + studyId + "/instruments/builtin/esti-v1",
                service.researcher(), "application/json", new byte[0]);
        assertThat(published.status()).as(published.body()).isEqualTo(201);
        return studyId;
    }
}
