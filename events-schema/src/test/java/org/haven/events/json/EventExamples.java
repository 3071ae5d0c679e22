package org.haven.events.json;

import org.haven.events.Actor;
import org.haven.events.ContactChannel;
import org.haven.events.ContactKind;
import org.haven.events.EncryptedValue;
import org.haven.events.HavenEvent;
import org.haven.events.participant.ConsentWithdrawn;
import org.haven.events.participant.ContactAddressChanged;
import org.haven.events.participant.ContactFailed;
import org.haven.events.participant.ContactOptedOut;
import org.haven.events.participant.ContactSent;
import org.haven.events.participant.ParticipantEnrolled;
import org.haven.events.participant.ParticipantErased;
import org.haven.events.participant.ParticipantTokenReissued;
import org.haven.events.participant.QuestionnaireSubmitted;
import org.haven.events.participant.SubmissionSource;
import org.haven.events.participant.WithdrawalScope;
import org.haven.events.study.CollaboratorAdded;
import org.haven.events.study.ContactSchedule;
import org.haven.events.study.ContactScheduleSet;
import org.haven.events.study.InstrumentVersionPublished;
import org.haven.events.study.MailTemplate;
import org.haven.events.study.ParticipantPagesConfigured;
import org.haven.events.study.StudyArchived;
import org.haven.events.study.StudyCreated;
import org.haven.events.study.StudyTimeZoneSet;
import org.haven.events.study.WaveOverlapAllowed;
import org.haven.events.study.WaveScheduled;
import org.haven.events.study.WaveWindow;
import org.haven.instrument.Composite;
import org.haven.instrument.Instrument;
import org.haven.instrument.Item;
import org.haven.instrument.Scale;
import org.haven.instrument.Subscale;
import org.haven.instrument.ValueLabel;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/** One example of every event type; each has an approved JSON fixture under fixtures/events. */
final class EventExamples {

    static final String STUDY = "3f6d1a52-8c1e-4b7a-9d0e-2a7c5b9e4f10";
    static final String PARTICIPANT = "b2c4e6f8-1a3b-4c5d-8e9f-0a1b2c3d4e5f";
    static final Actor RESEARCHER = Actor.researcher("dr.morgan");
    static final Actor CONTACT_ENGINE = Actor.system("contact");

    private EventExamples() {
    }

    /** Keyed by the fixture's file name (without .json). */
    static Map<String, HavenEvent> all() {
        return Map.ofEntries(
                Map.entry("StudyCreated", new StudyCreated(STUDY, "Couples and trust, 2027 cohort", true, RESEARCHER)),
                Map.entry("WaveScheduled.absolute", new WaveScheduled(STUDY, 1, new WaveWindow.Absolute(
                        Instant.parse("2027-01-04T00:00:00Z"), Instant.parse("2027-02-01T00:00:00Z")), RESEARCHER)),
                Map.entry("WaveScheduled.relative", new WaveScheduled(STUDY, 2,
                        new WaveWindow.RelativeToEnrollment(90, 14), RESEARCHER)),
                Map.entry("WaveScheduled.always", new WaveScheduled(STUDY, 3, new WaveWindow.AlwaysOpen(), RESEARCHER)),
                Map.entry("InstrumentVersionPublished", new InstrumentVersionPublished(STUDY, tinyInstrumentInItsOwnWords(), RESEARCHER)),
                Map.entry("CollaboratorAdded", new CollaboratorAdded(STUDY, "dr.okafor", RESEARCHER)),
                Map.entry("StudyTimeZoneSet", new StudyTimeZoneSet(STUDY, ZoneId.of("Europe/Berlin"), RESEARCHER)),
                Map.entry("ContactScheduleSet", new ContactScheduleSet(STUDY, schedule(), RESEARCHER)),
                Map.entry("ParticipantEnrolled", enrolled(ZoneId.of("America/Chicago"))),
                Map.entry("ContactAddressChanged", new ContactAddressChanged(PARTICIPANT, STUDY, encrypted("address"),
                        RESEARCHER)),
                Map.entry("WaveOverlapAllowed", new WaveOverlapAllowed(STUDY, RESEARCHER)),
                Map.entry("StudyArchived", new StudyArchived(STUDY, RESEARCHER)),
                Map.entry("ParticipantPagesConfigured", new ParticipantPagesConfigured(STUDY, "Your study",
                        "https://www.example.org/weather", 15, "Study team: study-team@example.org, 0123 456 789",
                        null, RESEARCHER)),
                Map.entry("QuestionnaireSubmitted", submitted(SubmissionSource.WEB, encrypted("note"))),
                Map.entry("ConsentWithdrawn", new ConsentWithdrawn(PARTICIPANT, STUDY,
                        WithdrawalScope.STOP_USING_COLLECTED_DATA, Actor.participant(PARTICIPANT))),
                Map.entry("ParticipantTokenReissued", new ParticipantTokenReissued(PARTICIPANT, STUDY, RESEARCHER)),
                Map.entry("ContactSent", new ContactSent(PARTICIPANT, STUDY, 2, ContactKind.REMINDER, 1,
                        ContactChannel.EMAIL, Instant.parse("2027-04-08T08:00:00Z"), CONTACT_ENGINE)),
                Map.entry("ContactFailed", new ContactFailed(PARTICIPANT, STUDY, 1, ContactKind.INVITATION, 0,
                        ContactChannel.EMAIL, 550, Instant.parse("2027-01-05T09:31:00Z"), CONTACT_ENGINE)),
                Map.entry("ContactOptedOut", new ContactOptedOut(PARTICIPANT, STUDY, Actor.participant(PARTICIPANT))),
                Map.entry("ParticipantErased", new ParticipantErased(PARTICIPANT, STUDY, Actor.researcher("dpo.admin"))));
    }

    static ParticipantEnrolled enrolled(ZoneId timeZone) {
        return new ParticipantEnrolled(PARTICIPANT, STUDY, Instant.parse("2027-01-05T09:30:00Z"), "consent-2026-10",
                encrypted("mail"), timeZone, RESEARCHER);
    }

    static ContactSchedule schedule() {
        return new ContactSchedule(List.of(3, 7), 24, LocalTime.of(21, 0), LocalTime.of(8, 0), Map.of(
                ContactKind.INVITATION, new MailTemplate("Study link", "Your link: {link}\nStop: {stop_emails_link}",
                        "<p><a href=\"{link}\">Open</a> <a href=\"{stop_emails_link}\">Stop</a></p>"),
                ContactKind.REMINDER, new MailTemplate("A reminder from your study",
                        "Round {wave} is open: {link}\nStop: {stop_emails_link}", null),
                ContactKind.LAST_REMINDER, new MailTemplate("A reminder from your study",
                        "Round {wave} closes {closes}: {link}\nStop: {stop_emails_link}", null)));
    }

    static QuestionnaireSubmitted submitted(SubmissionSource source, EncryptedValue comment) {
        return new QuestionnaireSubmitted(PARTICIPANT, STUDY, 1, "tiny", 1,
                Map.of("respect_1", 6, "respect_2", 2, "trust_1", 7), comment,
                "0b7e1c2d-3f4a-4b5c-9d6e-7f8091a2b3c4", source, LocalDate.parse("2027-01-12"),
                Actor.participant(PARTICIPANT));
    }

    static EncryptedValue encrypted(String purpose) {
        return new EncryptedValue("key-" + purpose,
                "nonce-12byte".getBytes(StandardCharsets.US_ASCII),
                ("ciphertext of " + purpose).getBytes(StandardCharsets.US_ASCII));
    }

    /** Revision 2: the tiny instrument with a participant title, instructions and its scale's wording. */
    static Instrument tinyInstrumentInItsOwnWords() {
        Instrument tiny = tinyInstrument();
        Scale agree = tiny.scales().get(0);
        return new Instrument(tiny.id(), tiny.version(), tiny.title(),
                List.of(new Scale(agree.id(), agree.min(), agree.max(), agree.labels(), "agreement")),
                tiny.subscales(), tiny.items(), tiny.composites(), "About you and your partner",
                "How much do you agree with each statement about the past month?");
    }

    static Instrument tinyInstrument() {
        Scale agree = new Scale("agree3", 1, 3, List.of(
                new ValueLabel(1, "disagree"), new ValueLabel(2, "neither"), new ValueLabel(3, "agree")));
        return new Instrument("tiny", 1, "Tiny test instrument", List.of(agree),
                List.of(new Subscale("respect", "respect and validation of feelings"),
                        new Subscale("trust", "overall trust in the relationship")),
                List.of(new Item("respect_1", "respect", "My partner takes my feelings seriously.", false, "agree3", false),
                        new Item("respect_2", "respect", "My partner mocks my worries.", true, "agree3", false),
                        new Item("trust_1", "trust", "I can rely on my partner.", false, "agree3", true),
                        new Item("trust_2", "trust", "I keep checking up on my partner.", true, "agree3", false)),
                List.of(new Composite("safety", "mean of respect", List.of("respect"))));
    }
}
