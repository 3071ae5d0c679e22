package org.haven.survey.contact.dispatch;

import org.haven.survey.it.TestDatabase;
import org.haven.survey.publishing.RunningService;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** With a mail server configured, the contact engine will not start without the settings its mails need. */
class ContactEngineSettingsIT {

    @Test
    void refuses_to_start_without_a_public_url_for_the_links_in_its_mails() {
        assertThatThrownBy(() -> RunningService.start(TestDatabase.properties(), Map.of(
                "haven.kafka.publisher.enabled", "false", "spring.mail.host", "127.0.0.1",
                "haven.contact.from", "study-team@example.org")))
                .hasStackTraceContaining("needs haven.public-url (HAVEN_PUBLIC_URL)");
    }

    @Test
    void refuses_to_start_without_a_sender_address() {
        assertThatThrownBy(() -> RunningService.start(TestDatabase.properties(), Map.of(
                "haven.kafka.publisher.enabled", "false", "spring.mail.host", "127.0.0.1",
                "haven.public-url", "https://haven.example.org")))
                .hasStackTraceContaining("needs haven.contact.from (HAVEN_CONTACT_FROM)");
    }
}
