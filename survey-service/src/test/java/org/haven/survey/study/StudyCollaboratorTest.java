package org.haven.survey.study;

import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.haven.events.Actor;
import org.haven.events.study.CollaboratorAdded;
import org.haven.events.study.StudyCreated;
import org.haven.survey.access.ResearcherDirectory;
import org.haven.survey.problem.InvalidInputException;
import org.haven.survey.problem.NotAllowedException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.haven.survey.problem.ViolationMatchers.violationOn;

/** AddCollaborator: the owner (or an admin) shares the study with an existing researcher account. */
class StudyCollaboratorTest {

    private static final String STUDY_ID = "study-7c1e";
    private static final Actor OWNER = Actor.researcher("dr.okafor");
    private static final Actor COLLEAGUE = Actor.researcher("dr.berg");
    private static final Actor STRANGER = Actor.researcher("dr.lind");
    private static final Actor ADMIN = Actor.researcher("dpo");
    private static final Set<String> ACCOUNTS = Set.of("dr.okafor", "dr.berg", "dr.lind", "dpo");

    private AggregateTestFixture<Study> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Study.class);
        fixture.registerInjectableResource((ResearcherDirectory) ACCOUNTS::contains);
    }

    @Test
    void the_owner_adds_a_collaborator() {
        fixture.given(created())
                .when(new AddCollaborator(STUDY_ID, "dr.berg", OWNER, false))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new CollaboratorAdded(STUDY_ID, "dr.berg", OWNER))
                .expectResultMessagePayload(MembershipOutcome.ADDED);
    }

    @Test
    void an_admin_adds_a_collaborator_to_a_study_they_do_not_own() {
        fixture.given(created())
                .when(new AddCollaborator(STUDY_ID, "dr.berg", ADMIN, true))
                .expectEvents(new CollaboratorAdded(STUDY_ID, "dr.berg", ADMIN))
                .expectResultMessagePayload(MembershipOutcome.ADDED);
    }

    @Test
    void answers_a_collaborator_added_again_without_a_second_event() {
        fixture.given(created(), new CollaboratorAdded(STUDY_ID, "dr.berg", OWNER))
                .when(new AddCollaborator(STUDY_ID, "dr.berg", OWNER, false))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents()
                .expectResultMessagePayload(MembershipOutcome.ALREADY_MEMBER);
    }

    @Test
    void answers_the_owner_added_as_collaborator_as_already_a_member() {
        fixture.given(created())
                .when(new AddCollaborator(STUDY_ID, "dr.okafor", OWNER, false))
                .expectNoEvents()
                .expectResultMessagePayload(MembershipOutcome.ALREADY_MEMBER);
    }

    @Test
    void rejects_a_collaborator_added_by_a_researcher_who_does_not_own_the_study() {
        fixture.given(created())
                .when(new AddCollaborator(STUDY_ID, "dr.lind", STRANGER, false))
                .expectException(NotAllowedException.class)
                .expectExceptionMessage("only the study's owner or an admin may add collaborators")
                .expectNoEvents();
    }

    @Test
    void rejects_a_collaborator_added_by_another_collaborator() {
        // Sharing further is the owner's decision, not every member's.
        fixture.given(created(), new CollaboratorAdded(STUDY_ID, "dr.berg", OWNER))
                .when(new AddCollaborator(STUDY_ID, "dr.lind", COLLEAGUE, false))
                .expectException(NotAllowedException.class)
                .expectNoEvents();
    }

    @Test
    void rejects_an_account_that_does_not_exist() {
        fixture.given(created())
                .when(new AddCollaborator(STUDY_ID, "dr.nobody", OWNER, false))
                .expectException(InvalidInputException.class)
                .expectException(violationOn("researcher"))
                .expectExceptionMessage("researcher: there is no researcher account named 'dr.nobody'")
                .expectNoEvents();
    }

    @Test
    void rejects_a_blank_account_name() {
        fixture.given(created())
                .when(new AddCollaborator(STUDY_ID, "  ", OWNER, false))
                .expectException(InvalidInputException.class)
                .expectExceptionMessage("researcher: name the researcher account to add")
                .expectNoEvents();
    }

    @Test
    void rejects_a_missing_account_name() {
        fixture.given(created())
                .when(new AddCollaborator(STUDY_ID, null, OWNER, false))
                .expectException(InvalidInputException.class)
                .expectException(violationOn("researcher"))
                .expectNoEvents();
    }

    @Test
    void rejects_a_collaborator_for_a_study_that_does_not_exist() {
        fixture.givenNoPriorActivity()
                .when(new AddCollaborator(STUDY_ID, "dr.berg", OWNER, false))
                .expectException(AggregateNotFoundException.class)
                .expectNoEvents();
    }

    private static StudyCreated created() {
        return new StudyCreated(STUDY_ID, "Trust in couples", true, OWNER);
    }
}
