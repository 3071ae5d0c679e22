package org.haven.survey.participant;

import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.haven.events.Actor;
import org.haven.events.participant.ConsentWithdrawn;
import org.haven.events.participant.ParticipantEnrolled;
import org.haven.events.participant.ParticipantErased;
import org.haven.events.participant.ParticipantTokenReissued;
import org.haven.events.participant.WithdrawalScope;
import org.haven.survey.problem.NotAllowedException;
import org.haven.survey.problem.NotFoundException;
import org.haven.survey.study.StudyCatalog;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Optional;

import static org.hamcrest.Matchers.containsString;

/** ReissueToken: the event records who acted; the token itself never enters it. */
class ParticipantTokenTest {

    private static final String STUDY_ID = "study-7c1e";
    private static final String PARTICIPANT_ID = "p-3f9a2b";
    private static final Actor RESEARCHER = Actor.researcher("dr.okafor");
    private static final Actor COLLABORATOR = Actor.researcher("dr.berg");

    private AggregateTestFixture<Participant> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Participant.class);
        // The enrollment handler needs a catalog; no test here enrolls.
        fixture.registerInjectableResource((StudyCatalog) studyId -> Optional.empty());
    }

    @Test
    void reissues_a_token_recording_the_researcher_who_acted() {
        fixture.given(enrolled())
                .when(new ReissueToken(PARTICIPANT_ID, STUDY_ID, COLLABORATOR))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new ParticipantTokenReissued(PARTICIPANT_ID, STUDY_ID, COLLABORATOR));
    }

    @Test
    void reissues_again_after_an_earlier_reissue() {
        fixture.given(enrolled(), new ParticipantTokenReissued(PARTICIPANT_ID, STUDY_ID, RESEARCHER))
                .when(new ReissueToken(PARTICIPANT_ID, STUDY_ID, RESEARCHER))
                .expectEvents(new ParticipantTokenReissued(PARTICIPANT_ID, STUDY_ID, RESEARCHER));
    }

    @Test
    void reissues_a_token_to_a_participant_who_withdrew() {
        // They may still look at their status, or withdraw their data too.
        fixture.given(enrolled(), new ConsentWithdrawn(PARTICIPANT_ID, STUDY_ID, WithdrawalScope.STOP_FUTURE_WAVES,
                        Actor.participant(PARTICIPANT_ID)))
                .when(new ReissueToken(PARTICIPANT_ID, STUDY_ID, RESEARCHER))
                .expectEvents(new ParticipantTokenReissued(PARTICIPANT_ID, STUDY_ID, RESEARCHER));
    }

    @Test
    void rejects_a_reissue_for_an_unknown_participant() {
        fixture.givenNoPriorActivity()
                .when(new ReissueToken(PARTICIPANT_ID, STUDY_ID, RESEARCHER))
                .expectException(AggregateNotFoundException.class)
                .expectNoEvents();
    }

    @Test
    void rejects_a_reissue_naming_another_study_as_if_the_participant_did_not_exist() {
        fixture.given(enrolled())
                .when(new ReissueToken(PARTICIPANT_ID, "study-other", RESEARCHER))
                .expectException(NotFoundException.class)
                .expectExceptionMessage("no such participant in this study")
                .expectNoEvents();
    }

    @Test
    void rejects_a_reissue_for_an_erased_participant() {
        fixture.given(enrolled(), new ParticipantErased(PARTICIPANT_ID, STUDY_ID, Actor.researcher("dpo.admin")))
                .when(new ReissueToken(PARTICIPANT_ID, STUDY_ID, RESEARCHER))
                .expectException(NotAllowedException.class)
                .expectExceptionMessage(containsString("erased"))
                .expectNoEvents();
    }

    private static ParticipantEnrolled enrolled() {
        return new ParticipantEnrolled(PARTICIPANT_ID, STUDY_ID, Instant.parse("2027-01-05T09:30:00Z"),
                "consent-2027-01", null, RESEARCHER);
    }
}
