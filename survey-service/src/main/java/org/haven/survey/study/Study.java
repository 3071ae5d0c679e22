package org.haven.survey.study;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.haven.events.study.CollaboratorAdded;
import org.haven.events.study.ContactScheduleSet;
import org.haven.events.study.InstrumentVersionPublished;
import org.haven.events.study.StudyCreated;
import org.haven.events.study.StudyTimeZoneSet;
import org.haven.events.study.WaveScheduled;
import org.haven.instrument.Instrument;
import org.haven.survey.access.ResearcherDirectory;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A study: its owner (the researcher who created it) and collaborators, its waves and its published
 * instrument versions. Rules live in {@link StudyRules} and {@link CollaboratorRules}.
 */
@Aggregate
public class Study {

    @AggregateIdentifier
    private String studyId;
    private String owner;
    private final Set<String> collaborators = new HashSet<>();
    private final Map<String, Instrument> published = new HashMap<>();

    protected Study() {
        // for Axon
    }

    @CommandHandler
    public Study(CreateStudy command) {
        StudyRules.checkNewStudy(command.title(), command.waves());
        apply(new StudyCreated(command.studyId(), command.title().strip(), command.importsMayEnroll(), command.actor()));
        for (int i = 0; i < command.waves().size(); i++) {
            apply(new WaveScheduled(command.studyId(), i + 1, command.waves().get(i), command.actor()));
        }
    }

    @CommandHandler
    public PublicationOutcome handle(PublishInstrumentVersion command) {
        PublicationOutcome outcome = StudyRules.checkPublication(published, command.instrument());
        if (outcome == PublicationOutcome.PUBLISHED) {
            apply(new InstrumentVersionPublished(studyId, command.instrument(), command.actor()));
        }
        return outcome;
    }

    @CommandHandler
    public MembershipOutcome handle(AddCollaborator command, ResearcherDirectory accounts) {
        MembershipOutcome outcome = CollaboratorRules.check(owner, collaborators, command, accounts);
        if (outcome == MembershipOutcome.ADDED) {
            apply(new CollaboratorAdded(studyId, command.collaborator(), command.actor()));
        }
        return outcome;
    }

    @CommandHandler
    public void handle(SetStudyTimeZone command) {
        apply(new StudyTimeZoneSet(studyId, command.timeZone(), command.actor()));
    }

    @CommandHandler
    public void handle(SetContactSchedule command) {
        apply(new ContactScheduleSet(studyId, command.schedule(), command.actor()));
    }

    @EventSourcingHandler
    void on(StudyCreated event) {
        studyId = event.studyId();
        owner = event.actor().name();
    }

    @EventSourcingHandler
    void on(CollaboratorAdded event) {
        collaborators.add(event.collaborator());
    }

    @EventSourcingHandler
    void on(InstrumentVersionPublished event) {
        published.put(StudyRules.key(event.instrument()), event.instrument());
    }
}
