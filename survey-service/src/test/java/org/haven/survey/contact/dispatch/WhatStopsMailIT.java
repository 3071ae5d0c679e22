package org.haven.survey.contact.dispatch;

import org.haven.events.Actor;
import org.haven.events.participant.ContactFailed;
import org.haven.survey.it.ApiClient;
import org.haven.survey.it.LinkPage;
import org.haven.survey.participant.ChangeContactAddress;
import org.haven.survey.privacy.FieldCipher;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Everything that stops mail, checked at send time: a submitted wave, the stop link, a withdrawal, an erasure (a
 * contact already queued is dropped with the reason), a permanent refusal of the address (until it changes), and a
 * study without a schedule. One wave open 10 days; reminders 2, 4 and 6 days after the invitation.
 */
class WhatStopsMailIT extends ContactEngineTestSupport {

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry registry) {
        contactEngine(registry);
    }

    private static final ZoneId UTC = ZoneId.of("UTC");

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    FieldCipher cipher;

    @Test
    void submission_stop_link_withdrawal_erasure_and_a_refused_address_stop_mail() throws Exception {
        String run = run();
        String studyId = createScheduledStudy("[{\"type\":\"relative\",\"offsetDays\":0,\"lengthDays\":10}]",
                schedule(List.of(2, 4, 6), null));
        String unscheduled = createStudy(false, "[{\"type\":\"relative\",\"offsetDays\":0,\"lengthDays\":10}]");
        CLOCK.advance(Duration.ofHours(24 - CLOCK.instant().atZone(UTC).getHour() + 10)); // 10:00, outside quiet hours
        newMails();
        String keep = address("keep", run);
        String submits = address("submits", run);
        String stops = address("stops", run);
        String withdraws = address("withdraws", run);
        String erased = address("erased", run);
        String gone = "gone-" + run + "@example.org";
        for (String email : List.of(keep, submits, stops, withdraws)) {
            enrollByMail(studyId, email, UTC);
        }
        String erasedId = enrollByMail(studyId, erased, UTC);
        String goneId = enrollByMail(studyId, gone, UTC);
        var unscheduledEnrolment = api.postJson("/api/studies/" + unscheduled + "/participants", researcher(),
                "{\"consentFormVersion\":\"consent-v1\",\"contactEmail\":\"" + address("unscheduled", run) + "\"}");
        assertThat(unscheduledEnrolment.json().get("linkSentByMail").asBoolean()).isFalse();
        assertThat(unscheduledEnrolment.json().get("token").asText()).isNotEmpty();

        List<Mail> mails = new ArrayList<>(advance(Duration.ofHours(1), Duration.ofHours(1)));
        assertThat(to(mails, keep)).containsExactly("Invitation");
        assertThat(to(mails, gone)).isEmpty();
        var failed = storedEvents(goneId).get(storedEvents(goneId).size() - 1);
        assertThat(failed.payloadType()).isEqualTo(ContactFailed.class.getName());
        assertThat(new String(failed.payload(), StandardCharsets.UTF_8)).contains("\"smtpCode\":550")
                .doesNotContain("example.org");

        submit(mail(mails, submits));
        String stopToken = mail(mails, stops).stopToken();
        assertThat(stop(stopToken)).isEqualTo(204);
        assertThat(page("/p/stop/done")).contains("You will get no more e-mails");
        // the stop link stops mail, not the participation
        var stillOpen = api.get("/api/participant/questionnaire", ApiClient.bearer(mail(mails, stops).token()));
        assertThat(stillOpen.json().get("status").asText()).isEqualTo("OPEN");
        var withdrawn = api.postJson("/api/participant/withdrawal", ApiClient.bearer(mail(mails, withdraws).token()),
                "{\"scope\":\"STOP_FUTURE_WAVES\"}");
        assertThat(withdrawn.status()).as(withdrawn.body()).isEqualTo(200);

        mails.addAll(advance(Duration.ofDays(2), Duration.ofHours(1)));
        assertThat(to(mails, erased)).containsExactly("Invitation", "Reminder");
        // the mail server goes away, reminder 2 falls due and waits; the participant is erased meanwhile
        MAIL.stop();
        mails.addAll(advance(Duration.ofDays(2), Duration.ofHours(1)));
        assertThat(jdbc.queryForObject("SELECT state FROM contact_outbox WHERE participant_id = ? AND ordinal = 2",
                String.class, erasedId)).isEqualTo(ContactOutbox.PENDING);
        var erasure = api.post("/api/studies/" + studyId + "/participants/" + erasedId + "/erasure", admin(),
                "application/json", new byte[0]);
        assertThat(erasure.status()).as(erasure.body()).isEqualTo(200);
        MAIL.start();
        mails.addAll(advance(Duration.ofDays(6), Duration.ofHours(1)));
        assertThat(jdbc.queryForList("SELECT state || ' ' || drop_reason FROM contact_outbox WHERE participant_id = ?"
                + " AND ordinal = 2", String.class, erasedId)).containsExactly("DROPPED erased");

        assertThat(to(mails, keep)).containsExactly("Invitation", "Reminder", "Reminder", "Reminder");
        assertThat(to(mails, submits)).containsExactly("Invitation");
        assertThat(to(mails, stops)).containsExactly("Invitation");
        assertThat(to(mails, withdraws)).containsExactly("Invitation");
        assertThat(to(mails, erased)).containsExactly("Invitation", "Reminder");
        assertThat(to(mails, gone)).isEmpty();
        assertThat(to(mails, address("unscheduled", run))).isEmpty();
        var contacts = api.get("/api/studies/" + studyId + "/progress", researcher()).json().get("waves").get(0)
                .get("contacts");
        assertThat(contacts.get("invited").asInt()).isEqualTo(5);
        assertThat(contacts.get("failed").asInt()).isEqualTo(1);
        assertThat(contacts.get("optedOut").asInt()).isEqualTo(1);
        assertThat(contacts.get("respondedAfterReminders").toString()).isEqualTo("{\"0\":1}");
    }

    @Test
    void a_refused_address_gets_mail_again_once_it_is_changed() {
        String run = run();
        String studyId = createScheduledStudy("[{\"type\":\"relative\",\"offsetDays\":0,\"lengthDays\":10}]",
                schedule(List.of(2), null));
        CLOCK.advance(Duration.ofHours(24 - CLOCK.instant().atZone(UTC).getHour() + 10));
        newMails();
        String participant = enrollByMail(studyId, "gone-" + run + "@example.org", UTC);
        List<Mail> mails = new ArrayList<>(advance(Duration.ofDays(1), Duration.ofHours(1)));
        assertThat(mails.stream().filter(mail -> mail.to().contains(run)).toList()).isEmpty();

        String moved = address("moved", run);
        commands.sendAndWait(new ChangeContactAddress(participant, studyId, cipher.encrypt(participant, moved),
                Actor.researcher(RESEARCHER)));
        mails.addAll(advance(Duration.ofDays(3), Duration.ofHours(1)));
        assertThat(to(mails, moved)).containsExactly("Invitation", "Reminder");
    }

    private static String address(String name, String run) {
        return name + "-" + run + "@example.org";
    }

    private static List<String> to(List<Mail> mails, String email) {
        return mails.stream().filter(mail -> mail.to().equals(email)).map(Mail::kind).toList();
    }

    private static Mail mail(List<Mail> mails, String email) {
        return mails.stream().filter(mail -> mail.to().equals(email)).findFirst().orElseThrow();
    }

    private void submit(Mail mail) {
        var submitted = api.postJson("/api/participant/submissions", ApiClient.bearer(mail.token()),
                "{\"submissionId\":\"stops-1\",\"wave\":1,\"answers\":{\"respect_1\":5}}");
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(201);
    }

    /** What the stop page's script does: post the token from the link with the page's CSRF token. */
    private int stop(String token) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        LinkPage page = LinkPage.open(http, api.base());
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(api.base() + "/p/stop"))
                .header("Content-Type", "application/json").header("Cookie", page.cookies())
                .header(page.csrfHeader(), page.csrfToken())
                .POST(HttpRequest.BodyPublishers.ofString("{\"token\":\"" + token + "\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        return response.statusCode();
    }

    private String page(String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(api.base() + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }
}
