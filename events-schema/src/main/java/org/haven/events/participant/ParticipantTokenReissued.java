package org.haven.events.participant;

import org.haven.events.Actor;
import org.haven.events.EventRevision;

import static org.haven.events.Require.present;
import static org.haven.events.Require.text;

/**
 * A researcher handed the participant a new personal token, which revoked every older one. The token
 * itself (and its hash) never enters an event: it is a secret, and the log is forever and on Kafka.
 */
@EventRevision(1)
public record ParticipantTokenReissued(String participantId, String studyId, Actor actor) implements ParticipantEvent {

    public ParticipantTokenReissued {
        text(participantId, "participantId");
        text(studyId, "studyId");
        present(actor, "actor");
    }
}
