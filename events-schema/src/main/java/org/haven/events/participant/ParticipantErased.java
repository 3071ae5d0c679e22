package org.haven.events.participant;

import org.haven.events.Actor;
import org.haven.events.EventRevision;

import static org.haven.events.Require.present;
import static org.haven.events.Require.text;

/**
 * The participant's data key was destroyed (crypto-shredding): their encrypted fields can no longer be read,
 * and every later analysis leaves their answers out.
 */
@EventRevision(1)
public record ParticipantErased(String participantId, String studyId, Actor actor) implements ParticipantEvent {

    public ParticipantErased {
        text(participantId, "participantId");
        text(studyId, "studyId");
        present(actor, "actor");
    }
}
