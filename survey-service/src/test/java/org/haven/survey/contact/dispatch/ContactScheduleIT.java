package org.haven.survey.contact.dispatch;

import org.haven.events.study.ContactSchedule;
import org.haven.survey.it.ApiClient;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A study of three relative waves (open 10 days, from days 0, 14 and 28 after enrollment) with reminders 3 and 7
 * days after the invitation and a last reminder 24 hours before the close; 20 participants in three time zones,
 * enrolled over a day; the clock moved hour by hour through 40 days. A quarter answer wave 1 right after the
 * invitation, a quarter after the first reminder, through the link in the mail. Every participant must receive
 * exactly what the schedule defines, each mail at the right time and outside 21:00-08:00 in their own zone.
 */
class ContactScheduleIT extends ContactEngineTestSupport {

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry registry) {
        contactEngine(registry);
    }

    private static final List<ZoneId> ZONES = List.of(ZoneId.of("Europe/Berlin"), ZoneId.of("America/New_York"),
            ZoneId.of("Asia/Tokyo"));
    private static final int[] WAVE_OFFSET_DAYS = {0, 14, 28};
    private static final int WAVE_DAYS = 10;

    private record Member(int number, String participantId, String email, ZoneId zone, Instant enrolledAt) {
        boolean answersAfterInvitation() {
            return number % 4 == 0;
        }

        boolean answersAfterFirstReminder() {
            return number % 4 == 1;
        }
    }

    @Test
    void every_participant_gets_exactly_the_scheduled_mails_outside_their_quiet_hours_through_forty_days() {
        String run = run();
        String studyId = createScheduledStudy("[" + relative(0) + "," + relative(14) + "," + relative(28) + "]",
                schedule(List.of(3, 7), 24));
        newMails();
        Map<String, Member> byEmail = new HashMap<>();
        List<Mail> mails = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            CLOCK.advance(Duration.ofMinutes(71));
            String email = "p" + i + "-" + run + "@example.org";
            ZoneId zone = ZONES.get(i % 3);
            Member member = new Member(i, enrollByMail(studyId, email, zone), email, zone, CLOCK.instant());
            byEmail.put(email, member);
            dispatcher.tick();
            mails.addAll(read(newMails(), byEmail));
        }
        for (int hour = 0; hour < 40 * 24; hour++) {
            CLOCK.advance(Duration.ofHours(1));
            dispatcher.tick();
            mails.addAll(read(newMails(), byEmail));
        }

        assertThat(mails).as("mails of this study").hasSizeGreaterThan(200);
        for (Member member : byEmail.values()) {
            List<Mail> own = mails.stream().filter(mail -> mail.to().equals(member.email())).toList();
            assertThat(own.stream().map(mail -> mail.wave() + " " + mail.kind()).toList())
                    .as("mails of participant %d", member.number()).containsExactlyElementsOf(expectedKinds(member));
            checkTimes(member, own);
        }
        // a quarter answered wave 1 without a reminder, a quarter after the first; nobody answered waves 2 and 3
        var progress = api.get("/api/studies/" + studyId + "/progress", researcher());
        assertThat(progress.json().get("waves").get(0).get("contacts").toString()).isEqualTo("{\"invited\":20,"
                + "\"reminded\":{\"1\":15,\"2\":10,\"3\":10},\"respondedAfterReminders\":{\"0\":5,\"1\":5},"
                + "\"failed\":0,\"optedOut\":0}");
        for (int wave = 1; wave < 3; wave++) {
            assertThat(progress.json().get("waves").get(wave).get("contacts").toString()).isEqualTo("{\"invited\":20,"
                    + "\"reminded\":{\"1\":20,\"2\":20,\"3\":20},\"respondedAfterReminders\":{},"
                    + "\"failed\":0,\"optedOut\":0}");
        }
    }

    @Test
    void the_study_s_help_lines_close_every_mail_below_what_the_template_says() {
        String run = run();
        String studyId = createScheduledStudy("[" + relative(0) + "]", new ContactSchedule(List.of(1), null,
                LocalTime.of(0, 0), LocalTime.of(0, 0), TEMPLATES));
        var configured = api.send("PUT", "/api/studies/" + studyId + "/participant-pages", researcher(),
                "{\"studyContact\":\"Study team: team@uni.example, 030 1234 5678\","
                        + "\"supportLine\":\"Support line, free and open day and night: 0800 111 0 111\"}");
        assertThat(configured.status()).as(configured.body()).isEqualTo(200);
        String email = "help-" + run + "@example.org";
        enrollByMail(studyId, email, ZoneId.of("UTC"));

        List<Mail> mails = advance(Duration.ofDays(2), Duration.ofHours(1)).stream()
                .filter(mail -> mail.to().equals(email)).toList();

        assertThat(mails).extracting(Mail::kind).containsExactly("Invitation", "Reminder");
        assertThat(mails).allSatisfy(mail -> assertThat(mail.text().strip()).endsWith("No more e-mails: "
                + PUBLIC_URL + "/p/stop#" + mail.stopToken() + "\n\nStudy team: team@uni.example, 030 1234 5678\n"
                + "Support line, free and open day and night: 0800 111 0 111"));
    }

    /** Opens each new mail's link through the API, as the participant, and answers where the test says so. */
    private List<Mail> read(List<Mail> arrived, Map<String, Member> byEmail) {
        List<Mail> ours = new ArrayList<>();
        for (Mail mail : arrived) {
            Member member = byEmail.get(mail.to());
            if (member == null) {
                continue; // another test's study
            }
            ours.add(mail);
            assertThat(mail.token()).as(mail.text()).isNotNull();
            assertThat(tokens.participantFor(mail.token())).contains(member.participantId());
            var questionnaire = api.get("/api/participant/questionnaire", ApiClient.bearer(mail.token()));
            assertThat(questionnaire.status()).as(questionnaire.body()).isEqualTo(200);
            assertThat(questionnaire.json().get("status").asText()).as("%s at %s: %s", mail, CLOCK.instant(), questionnaire.body()).isEqualTo("OPEN");
            assertThat(questionnaire.json().get("wave").asInt()).isEqualTo(mail.wave());
            boolean answers = mail.wave() == 1 && (member.answersAfterInvitation() && mail.kind().equals("Invitation")
                    || member.answersAfterFirstReminder() && mail.kind().equals("Reminder"));
            if (answers) {
                var submitted = api.postJson("/api/participant/submissions", ApiClient.bearer(mail.token()),
                        "{\"submissionId\":\"mail-" + member.number() + "\",\"wave\":1,\"answers\":{\"respect_1\":5}}");
                assertThat(submitted.status()).as(submitted.body()).isEqualTo(201);
            }
        }
        return ours;
    }

    /** What the schedule defines, written out: per wave the invitation, reminders 1 and 2, the last reminder. */
    private static List<String> expectedKinds(Member member) {
        List<String> kinds = new ArrayList<>();
        for (int wave = 1; wave <= 3; wave++) {
            kinds.add(wave + " Invitation");
            if (wave == 1 && member.answersAfterInvitation()) {
                continue;
            }
            kinds.add(wave + " Reminder");
            if (wave == 1 && member.answersAfterFirstReminder()) {
                continue;
            }
            kinds.add(wave + " Reminder");
            kinds.add(wave + " Last reminder");
        }
        return kinds;
    }

    /**
     * Each mail goes out at the first hourly round at or after its due time that lies outside the participant's
     * quiet hours: the invitation when the wave opens, reminders 3 and 7 days after the invitation was sent, the
     * last one 24 hours before the close; and never in the quiet hours, never after the close.
     */
    private static void checkTimes(Member member, List<Mail> own) {
        Instant invited = null;
        int reminder = 0;
        for (Mail mail : own) {
            Instant opens = member.enrolledAt().plus(Duration.ofDays(WAVE_OFFSET_DAYS[mail.wave() - 1]));
            Instant closes = opens.plus(Duration.ofDays(WAVE_DAYS));
            LocalTime local = mail.sentAt().atZone(member.zone()).toLocalTime();
            assertThat(local.getHour() >= 21 || local.getHour() < 8).as("quiet hours: %s %s", mail, member.zone())
                    .isFalse();
            assertThat(mail.sentAt()).isBefore(closes);
            Instant due = switch (mail.kind()) {
                case "Invitation" -> opens;
                case "Reminder" -> invited.plus(Duration.ofDays(++reminder == 1 ? 3 : 7));
                default -> closes.minus(Duration.ofHours(24));
            };
            if (mail.kind().equals("Invitation")) {
                invited = mail.sentAt();
                reminder = 0;
            }
            Instant earliest = firstOutsideQuietHours(due, member.zone());
            assertThat(mail.sentAt()).as("%s of participant %d", mail.kind(), member.number())
                    .isBetween(earliest, earliest.plus(Duration.ofMinutes(71)));
        }
    }

    /** Minute by minute: an independent reading of 21:00-08:00 in the participant's zone. */
    private static Instant firstOutsideQuietHours(Instant due, ZoneId zone) {
        Instant at = due;
        while (at.atZone(zone).getHour() >= 21 || at.atZone(zone).getHour() < 8) {
            at = at.plus(Duration.ofMinutes(1));
        }
        return at;
    }

    private static String relative(int offsetDays) {
        return "{\"type\":\"relative\",\"offsetDays\":" + offsetDays + ",\"lengthDays\":" + WAVE_DAYS + "}";
    }
}
