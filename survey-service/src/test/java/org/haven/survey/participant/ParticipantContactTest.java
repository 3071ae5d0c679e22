package org.haven.survey.participant;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.haven.events.Actor;
import org.haven.events.ContactChannel;
import org.haven.events.ContactKind;
import org.haven.events.participant.ContactFailed;
import org.haven.events.participant.ContactOptedOut;
import org.haven.events.participant.ContactSent;
import org.haven.events.participant.ParticipantEnrolled;
import org.haven.events.participant.ParticipantErased;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;

/** The contact commands of the Participant aggregate: each contact recorded once, the stop link idempotent. */
class ParticipantContactTest {

    private static final String STUDY_ID = "study-7c1e";
    private static final String PARTICIPANT_ID = "p-3f9a2b";
    private static final Instant AT = Instant.parse("2027-01-05T10:00:00Z");
    private static final Actor ENGINE = Actor.system("contact");
    private static final ParticipantEnrolled ENROLLED = new ParticipantEnrolled(PARTICIPANT_ID, STUDY_ID,
            Instant.parse("2027-01-05T09:30:00Z"), "consent-v1", null, Actor.researcher("dr.okafor"));

    private AggregateTestFixture<Participant> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Participant.class);
    }

    @Test
    void records_a_sent_contact() {
        fixture.given(ENROLLED)
                .when(new RecordContactSent(PARTICIPANT_ID, 1, ContactKind.INVITATION, 0, AT))
                .expectEvents(new ContactSent(PARTICIPANT_ID, STUDY_ID, 1, ContactKind.INVITATION, 0,
                        ContactChannel.EMAIL, AT, ENGINE))
                .expectResultMessagePayload(true);
    }

    @Test
    void records_a_contact_sent_twice_once() {
        fixture.given(ENROLLED, new ContactSent(PARTICIPANT_ID, STUDY_ID, 1, ContactKind.REMINDER, 1,
                        ContactChannel.EMAIL, AT, ENGINE))
                .when(new RecordContactSent(PARTICIPANT_ID, 1, ContactKind.REMINDER, 1, AT.plusSeconds(60)))
                .expectNoEvents()
                .expectResultMessagePayload(false);
    }

    @Test
    void a_contact_refused_at_the_old_address_may_be_sent_to_the_new_one() {
        fixture.given(ENROLLED, new ContactFailed(PARTICIPANT_ID, STUDY_ID, 1, ContactKind.INVITATION, 0,
                        ContactChannel.EMAIL, 550, AT, ENGINE))
                .when(new RecordContactSent(PARTICIPANT_ID, 1, ContactKind.INVITATION, 0, AT.plusSeconds(3600)))
                .expectEvents(new ContactSent(PARTICIPANT_ID, STUDY_ID, 1, ContactKind.INVITATION, 0,
                        ContactChannel.EMAIL, AT.plusSeconds(3600), ENGINE));
    }

    @Test
    void records_a_refusal_with_its_smtp_code() {
        fixture.given(ENROLLED)
                .when(new RecordContactFailed(PARTICIPANT_ID, 2, ContactKind.LAST_REMINDER, 3, 553, AT))
                .expectEvents(new ContactFailed(PARTICIPANT_ID, STUDY_ID, 2, ContactKind.LAST_REMINDER, 3,
                        ContactChannel.EMAIL, 553, AT, ENGINE));
    }

    @Test
    void the_stop_link_opts_out_once() {
        fixture.given(ENROLLED)
                .when(new OptOutOfContact(PARTICIPANT_ID))
                .expectEvents(new ContactOptedOut(PARTICIPANT_ID, STUDY_ID, Actor.participant(PARTICIPANT_ID)))
                .expectResultMessagePayload(true);
        fixture.given(ENROLLED, new ContactOptedOut(PARTICIPANT_ID, STUDY_ID, Actor.participant(PARTICIPANT_ID)))
                .when(new OptOutOfContact(PARTICIPANT_ID))
                .expectNoEvents()
                .expectResultMessagePayload(false);
    }

    @Test
    void an_erased_participant_cannot_opt_out() {
        fixture.given(ENROLLED, new ParticipantErased(PARTICIPANT_ID, STUDY_ID, Actor.researcher("dpo")))
                .when(new OptOutOfContact(PARTICIPANT_ID))
                .expectNoEvents()
                .expectResultMessagePayload(false);
    }
}
