package org.haven.events.participant;

import org.haven.events.Actor;
import org.haven.events.EventRevision;

import static org.haven.events.Require.present;
import static org.haven.events.Require.text;

/**
 * The participant followed the stop link of a mail: no more mail from the study. Unlike a withdrawal it leaves
 * their consent alone; they can still answer through their link.
 */
@EventRevision(1)
public record ContactOptedOut(String participantId, String studyId, Actor actor) implements ParticipantEvent {

    public ContactOptedOut {
        text(participantId, "participantId");
        text(studyId, "studyId");
        present(actor, "actor");
    }
}
