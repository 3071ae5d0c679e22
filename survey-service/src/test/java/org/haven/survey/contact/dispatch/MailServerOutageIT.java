package org.haven.survey.contact.dispatch;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The mail server stopped for a simulated day, then started: every contact that fell due meanwhile is delivered,
 * none lost, none twice; while it is away the mail queue's health group says so with its details, and the status
 * a load balancer checks stays UP.
 */
class MailServerOutageIT extends ContactEngineTestSupport {

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry registry) {
        contactEngine(registry);
    }

    private static final ZoneId UTC = ZoneId.of("UTC");

    @Test
    void every_contact_due_during_a_day_without_mail_server_is_delivered_once_afterwards() {
        String run = run();
        String studyId = createScheduledStudy("[{\"type\":\"relative\",\"offsetDays\":0,\"lengthDays\":10}]",
                schedule(List.of(2), null));
        CLOCK.advance(Duration.ofHours(24 - CLOCK.instant().atZone(UTC).getHour() + 10));
        newMails();
        MAIL.stop();
        List<String> addresses = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            addresses.add("outage" + i + "-" + run + "@example.org");
            enrollByMail(studyId, addresses.get(i), UTC);
        }
        advance(Duration.ofDays(1), Duration.ofMinutes(30));

        var overall = api.get("/actuator/health", null);
        assertThat(overall.status()).isEqualTo(200);
        assertThat(overall.json().get("status").asText()).isEqualTo("UP");
        var queue = api.get("/actuator/health/mail-queue", researcher());
        assertThat(queue.status()).as(queue.body()).isEqualTo(503);
        JsonNode details = queue.json().get("components").get("mailQueue").get("details");
        assertThat(details.get("length").asLong()).isGreaterThanOrEqualTo(6);
        assertThat(details.get("lastError").asText()).startsWith("mail server unreachable");
        assertThat(queue.body()).doesNotContain("example.org");

        MAIL.start();
        List<Mail> mails = advance(Duration.ofDays(4), Duration.ofMinutes(30));
        Map<String, List<String>> byAddress = new HashMap<>();
        for (Mail mail : mails) {
            byAddress.computeIfAbsent(mail.to(), to -> new ArrayList<>()).add(mail.kind());
        }
        for (String address : addresses) {
            assertThat(byAddress.get(address)).as(address).containsExactly("Invitation", "Reminder");
        }
        var after = api.get("/actuator/health/mail-queue", researcher());
        assertThat(after.json().get("status").asText()).as(after.body()).isEqualTo("UP");
    }
}
