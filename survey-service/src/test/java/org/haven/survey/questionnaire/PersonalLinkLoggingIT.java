package org.haven.survey.questionnaire;

import org.haven.survey.it.TestDatabase;
import org.haven.survey.publishing.RunningService;
import org.haven.survey.testing.Chromium;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The personal link with every logger at DEBUG: neither the token nor the answers' JSON reaches a log line,
 * though the link is opened, the questionnaire submitted and the page reopened in a real browser.
 */
@ExtendWith({Chromium.class, OutputCaptureExtension.class})
class PersonalLinkLoggingIT {

    @Test
    void the_token_of_a_personal_link_never_reaches_a_log_line(CapturedOutput output) {
        // Selenium, in this test's JVM, logs the URL it opens: its lines are the test's, not the service's.
        Map<String, String> properties = Map.of("haven.kafka.publisher.enabled", "false", "logging.level.root", "DEBUG",
                "logging.level.org.openqa.selenium", "INFO");
        try (RunningService service = RunningService.start(TestDatabase.properties(), properties);
             Chromium.Browser chromium = Chromium.start(1000, 900)) {
            String studyId = service.api.postJson("/api/studies", service.researcher(),
                    "{\"title\":\"Logs\",\"importsMayEnroll\":false,\"waves\":[{\"type\":\"always\"}]}")
                    .json().get("studyId").asText();
            service.api.post("/api/studies/" + studyId + "/instruments/builtin/esti-v1", service.researcher(),
                    "application/json", new byte[0]);
            var enrolled = service.api.postJson("/api/studies/" + studyId + "/participants", service.researcher(),
                    "{\"consentFormVersion\":\"v1\"}").json();
            String token = enrolled.get("token").asText();
            assertThat(enrolled.get("link").asText()).endsWith("/p#" + token);

            ParticipantBrowser browser = new ParticipantBrowser(chromium.driver(), port(service));
            browser.openLink(token);
            browser.answer("respect_1", 6);
            browser.clickButton("Submit my answers");
            browser.clickButton("Submit anyway");
            browser.waitForHeading("Thank you, your answers are saved");
            browser.openLink(token);
            assertThat(browser.heading()).isEqualTo("You have already submitted your answers");

            String reissued = service.api.post("/api/studies/" + studyId + "/participants/"
                    + enrolled.get("participantId").asText() + "/token", service.researcher(), "application/json",
                    new byte[0]).json().get("token").asText();

            String logs = output.getAll();
            assertThat(logs).contains("DEBUG").contains("/questionnaire/answers");
            assertThat(logs).doesNotContain(token, reissued, "\"respect_1\":6", "respect_1=6");
        }
    }

    private static int port(RunningService service) {
        return Integer.parseInt(service.api.base().replaceAll(".*:", ""));
    }
}
