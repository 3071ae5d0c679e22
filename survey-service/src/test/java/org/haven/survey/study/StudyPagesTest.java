package org.haven.survey.study;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.haven.events.Actor;
import org.haven.events.study.ParticipantPagesConfigured;
import org.haven.events.study.StudyCreated;
import org.haven.survey.access.ResearcherDirectory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A study's participant-page settings: recorded when they change, not again when they do not. */
class StudyPagesTest {

    private static final String STUDY_ID = "study-pages";
    private static final Actor OWNER = Actor.researcher("dr.okafor");
    private static final Actor COLLEAGUE = Actor.researcher("dr.morgan");

    private AggregateTestFixture<Study> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Study.class);
        fixture.registerInjectableResource((ResearcherDirectory) account -> false);
    }

    @Test
    void records_the_page_settings_of_a_study() {
        fixture.given(new StudyCreated(STUDY_ID, "Trust in couples", false, OWNER))
                .when(new ConfigureParticipantPages(STUDY_ID, "Weekly check-in", "https://www.example.org/", 15,
                        "Study team: 0123", null, OWNER))
                .expectResultMessagePayload(true)
                .expectEvents(new ParticipantPagesConfigured(STUDY_ID, "Weekly check-in", "https://www.example.org/",
                        15, "Study team: 0123", null, OWNER));
    }

    @Test
    void the_same_settings_again_record_nothing_whoever_sends_them() {
        fixture.given(new StudyCreated(STUDY_ID, "Trust in couples", false, OWNER),
                        new ParticipantPagesConfigured(STUDY_ID, "Weekly check-in", "https://www.example.org/", 15,
                                null, null, OWNER))
                .when(new ConfigureParticipantPages(STUDY_ID, "Weekly check-in", "https://www.example.org/", 15,
                        null, null, COLLEAGUE))
                .expectResultMessagePayload(false)
                .expectNoEvents();
    }

    @Test
    void changed_settings_are_recorded_again() {
        fixture.given(new StudyCreated(STUDY_ID, "Trust in couples", false, OWNER),
                        new ParticipantPagesConfigured(STUDY_ID, "Weekly check-in", "https://www.example.org/", 15,
                                null, null, OWNER))
                .when(new ConfigureParticipantPages(STUDY_ID, "Weekly check-in", "https://www.example.org/", 30,
                        null, null, OWNER))
                .expectEvents(new ParticipantPagesConfigured(STUDY_ID, "Weekly check-in", "https://www.example.org/",
                        30, null, null, OWNER));
    }
}
