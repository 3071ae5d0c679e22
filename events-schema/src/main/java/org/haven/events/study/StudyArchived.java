package org.haven.events.study;

import org.haven.events.Actor;
import org.haven.events.EventRevision;

import static org.haven.events.Require.present;
import static org.haven.events.Require.text;

/**
 * The owner (or an administrator) archived a study: it is left out of study lists and takes no new participants and
 * no more answers. What it collected stays, in the event store and on the topic, and is analysed as before.
 */
@EventRevision(1)
public record StudyArchived(String studyId, Actor actor) implements StudyEvent {

    public StudyArchived {
        text(studyId, "studyId");
        present(actor, "actor");
    }
}
