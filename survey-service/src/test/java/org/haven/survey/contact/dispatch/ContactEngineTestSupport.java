package org.haven.survey.contact.dispatch;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.haven.events.Actor;
import org.haven.events.ContactKind;
import org.haven.events.study.ContactSchedule;
import org.haven.events.study.MailTemplate;
import org.haven.survey.access.ParticipantTokens;
import org.haven.survey.access.SteppingClock;
import org.haven.survey.it.ApiClient;
import org.haven.survey.it.ServiceTestSupport;
import org.haven.survey.it.TestDatabase;
import org.haven.survey.study.SetContactSchedule;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole service with the contact engine on, a real SMTP server (GreenMail) and a clock the tests move
 * through weeks; the engine runs only when a test calls {@link ContactDispatcher#tick()}.
 */
@Import(ContactEngineTestSupport.ControlledClock.class)
abstract class ContactEngineTestSupport extends ServiceTestSupport {

    static final String PUBLIC_URL = "https://haven.example.org";
    static final SteppingClock CLOCK = new SteppingClock(Instant.parse("2027-03-01T10:00:00Z"));
    static final TestMailServer MAIL = new TestMailServer();
    static final String ADMIN = "contact-admin";
    static final String ADMIN_PASSWORD = "erasure needs an administrator";
    private static final Pattern LINK = Pattern.compile(Pattern.quote(PUBLIC_URL) + "/p#([A-Za-z0-9_-]+)");
    private static final Pattern STOP_LINK = Pattern.compile(Pattern.quote(PUBLIC_URL) + "/p/stop#([A-Za-z0-9_-]+)");

    /** Subjects that say the kind and the wave, so each mail can be checked against the schedule. */
    static final Map<ContactKind, MailTemplate> TEMPLATES = Map.of(
            ContactKind.INVITATION, template("Invitation for round {wave}"),
            ContactKind.REMINDER, template("Reminder for round {wave}"),
            ContactKind.LAST_REMINDER, template("Last reminder for round {wave}"));
    private static final Pattern SUBJECT = Pattern.compile("(Invitation|Reminder|Last reminder) for round (\\d+)");

    @TestConfiguration(proxyBeanMethods = false)
    static class ControlledClock {
        @Bean
        @Primary
        Clock controlledClock() {
            return CLOCK;
        }
    }

    private final java.util.Set<String> seen = new java.util.HashSet<>();

    @Autowired
    ContactDispatcher dispatcher;
    @Autowired
    CommandGateway commands;
    @Autowired
    ParticipantTokens tokens;

    /** The service's settings for these tests; each test class calls it from its own DynamicPropertySource. */
    static void contactEngine(DynamicPropertyRegistry registry) {
        TestDatabase.register(registry);
        researcherAccount(registry);
        String hash = "{bcrypt}" + new BCryptPasswordEncoder(4).encode(ADMIN_PASSWORD);
        registry.add("haven.security.researchers[1].name", () -> ADMIN);
        registry.add("haven.security.researchers[1].password", () -> hash);
        registry.add("haven.security.researchers[1].roles[0]", () -> "ADMIN");
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", MAIL::port);
        registry.add("spring.mail.properties.mail.smtp.connectiontimeout", () -> "2000");
        registry.add("spring.mail.properties.mail.smtp.timeout", () -> "5000");
        registry.add("haven.public-url", () -> PUBLIC_URL);
        registry.add("haven.contact.from", () -> "study-team@example.org");
        registry.add("haven.contact.dispatch-interval", () -> "0s");
    }

    @BeforeAll
    static void startMailServer() {
        MAIL.start();
    }

    @AfterAll
    static void stopMailServer() {
        MAIL.stop();
    }

    static MailTemplate template(String subject) {
        return new MailTemplate(subject, "Round {wave} of {study} is open until {closes}.\n\nYour link: {link}\n\n"
                + "No more e-mails: {stop_emails_link}\n", null);
    }

    static String run() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    String createScheduledStudy(String wavesJson, ContactSchedule schedule) {
        String studyId = createStudy(false, wavesJson);
        commands.sendAndWait(new SetContactSchedule(studyId, schedule, Actor.researcher(RESEARCHER)));
        return studyId;
    }

    /** Enrolls with an address and a zone; the link goes out by mail, so the answer holds no token. */
    String enrollByMail(String studyId, String email, ZoneId zone) {
        var enrolled = api.postJson("/api/studies/" + studyId + "/participants", researcher(),
                "{\"consentFormVersion\":\"consent-v1\",\"contactEmail\":\"" + email + "\",\"timeZone\":\""
                        + zone.getId() + "\"}");
        assertThat(enrolled.status()).as(enrolled.body()).isEqualTo(201);
        assertThat(enrolled.json().get("linkSentByMail").asBoolean()).isTrue();
        assertThat(enrolled.json().has("token")).isFalse();
        return enrolled.json().get("participantId").asText();
    }

    String admin() {
        return ApiClient.basic(ADMIN, ADMIN_PASSWORD);
    }

    /** Moves the clock in steps, running the engine after each; returns the mails that arrived meanwhile. */
    List<Mail> advance(Duration total, Duration step) {
        newMails();
        List<Mail> arrived = new ArrayList<>();
        for (Duration done = Duration.ZERO; done.compareTo(total) < 0; done = done.plus(step)) {
            CLOCK.advance(step);
            dispatcher.tick();
            arrived.addAll(newMails());
        }
        return arrived;
    }

    /** The mails that arrived since the last call, by the time they were sent. */
    List<Mail> newMails() {
        List<Mail> mails = new ArrayList<>();
        for (TestMailServer.ReceivedMail mail : MAIL.received()) {
            if (seen.add(mail.messageId())) {
                mails.add(Mail.of(mail));
            }
        }
        mails.sort(java.util.Comparator.comparing(Mail::sentAt));
        return mails;
    }

    /** A received mail as the test reads it: whom, which wave and kind, when, and its two tokens. */
    record Mail(String to, String kind, int wave, Instant sentAt, String token, String stopToken, String text) {

        static Mail of(TestMailServer.ReceivedMail mail) {
            Matcher subject = SUBJECT.matcher(mail.subject());
            Matcher link = LINK.matcher(mail.text());
            Matcher stop = STOP_LINK.matcher(mail.text());
            boolean parsed = subject.matches() & link.find() & stop.find();
            return new Mail(mail.to(), parsed ? subject.group(1) : mail.subject(),
                    parsed ? Integer.parseInt(subject.group(2)) : -1, mail.sentAt(),
                    parsed ? link.group(1) : null, parsed ? stop.group(1) : null, mail.text());
        }
    }

    static ContactSchedule schedule(List<Integer> reminderDays, Integer lastReminderHours) {
        return new ContactSchedule(reminderDays, lastReminderHours, LocalTime.of(21, 0), LocalTime.of(8, 0), TEMPLATES);
    }
}
