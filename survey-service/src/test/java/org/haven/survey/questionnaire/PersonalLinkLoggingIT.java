package org.haven.survey.questionnaire;

import org.haven.survey.contact.dispatch.TestMailServer;
import org.haven.survey.it.TestDatabase;
import org.haven.survey.publishing.RunningService;
import org.haven.survey.testing.Chromium;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

    /**
     * A run that mails: the contact engine sends an invitation through a real SMTP server, the mailed link is opened
     * in the browser and the stop link followed, with every logger at DEBUG; no line holds the address, the subject,
     * the body, the link or its token.
     */
    @Test
    void the_mails_of_the_contact_engine_never_reach_a_log_line(CapturedOutput output) throws Exception {
        TestMailServer mail = new TestMailServer();
        mail.start();
        String address = "logged-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        Map<String, String> properties = Map.of("haven.kafka.publisher.enabled", "false", "logging.level.root", "DEBUG",
                "logging.level.org.openqa.selenium", "INFO", "spring.mail.host", "127.0.0.1",
                "spring.mail.port", Integer.toString(mail.port()), "haven.public-url", "https://haven.example.org",
                "haven.contact.from", "study-team@example.org", "haven.contact.dispatch-interval", "1s",
                // the SMTP server of the test runs in this JVM and logs the mailboxes it creates: its lines, not ours
                "logging.level.com.icegreen", "WARN");
        try (RunningService service = RunningService.start(TestDatabase.properties(), properties);
             Chromium.Browser chromium = Chromium.start(1000, 900)) {
            String studyId = service.api.postJson("/api/studies", service.researcher(),
                    "{\"title\":\"Logs\",\"importsMayEnroll\":false,\"waves\":[{\"type\":\"relative\","
                            + "\"offsetDays\":0,\"lengthDays\":30}]}").json().get("studyId").asText();
            service.api.post("/api/studies/" + studyId + "/instruments/builtin/esti-v1", service.researcher(),
                    "application/json", new byte[0]);
            var schedule = service.api.putJson("/api/studies/" + studyId + "/contact-schedule", service.researcher(),
                    "{\"quietFrom\":\"00:00\",\"quietUntil\":\"00:00\",\"templates\":{\"invitation\":"
                            + "{\"subject\":\"Subject-marker-7f3\",\"text\":\"Body-marker-2c9 {link} {stop_emails_link}\"}}}");
            assertThat(schedule.status()).as(schedule.body()).isEqualTo(200);
            assertThat(service.api.postJson("/api/studies/" + studyId + "/participants", service.researcher(),
                    "{\"consentFormVersion\":\"v1\",\"contactEmail\":\"" + address + "\"}").status()).isEqualTo(201);
            TestMailServer.ReceivedMail invitation = awaitMail(mail, address);
            Matcher link = Pattern.compile("https://haven\\.example\\.org/p#([A-Za-z0-9_-]+)").matcher(invitation.text());
            assertThat(link.find()).as(invitation.text()).isTrue();
            String token = link.group(1);

            ParticipantBrowser browser = new ParticipantBrowser(chromium.driver(), port(service));
            browser.openLink(token);
            // the mailed link opens this participant's questionnaire (an unknown token would land on /p/not-valid)
            assertThat(chromium.driver().getCurrentUrl()).endsWith("/questionnaire");
            chromium.driver().get(service.api.base() + "/p/stop#" + token);
            assertThat(awaitHeading(chromium, "You will get no more e-mails")).isTrue();

            String logs = output.getAll();
            assertThat(logs).contains("DEBUG").contains("/p/stop");
            assertThat(logs).doesNotContain(address, "Subject-marker-7f3", "Body-marker-2c9", token,
                    "haven.example.org/p#", "haven.example.org/p/stop#");
        } finally {
            mail.stop();
        }
    }

    /** The stop page replaces itself with its confirmation: headings go stale meanwhile. */
    private static boolean awaitHeading(Chromium.Browser chromium, String heading) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 30_000;
        while (System.currentTimeMillis() < deadline) {
            try {
                if (chromium.driver().findElements(org.openqa.selenium.By.tagName("h1")).stream()
                        .anyMatch(h1 -> h1.getText().equals(heading))) {
                    return true;
                }
            } catch (org.openqa.selenium.StaleElementReferenceException replaced) {
                // the next document is on its way
            }
            Thread.sleep(100);
        }
        return false;
    }

    private static TestMailServer.ReceivedMail awaitMail(TestMailServer mail, String address) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 60_000;
        while (System.currentTimeMillis() < deadline) {
            var found = mail.received().stream().filter(received -> received.to().equals(address)).findFirst();
            if (found.isPresent()) {
                return found.get();
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("no mail to the participant within 60 s");
    }

    private static int port(RunningService service) {
        return Integer.parseInt(service.api.base().replaceAll(".*:", ""));
    }
}
