package org.haven.events.study;

import org.haven.events.Actor;
import org.haven.events.EventRevision;

import static org.haven.events.Require.present;
import static org.haven.events.Require.text;

/**
 * The study's owner (or an admin) let another researcher account see and change the study.
 * {@code collaborator} is the account name, as in {@link Actor#name()} of the events that account causes.
 */
@EventRevision(1)
public record CollaboratorAdded(String studyId, String collaborator, Actor actor) implements StudyEvent {

    public CollaboratorAdded {
        text(studyId, "studyId");
        text(collaborator, "collaborator");
        present(actor, "actor");
    }
}
