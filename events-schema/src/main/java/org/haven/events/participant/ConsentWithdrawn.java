package org.haven.events.participant;

import org.haven.events.Actor;
import org.haven.events.EventRevision;

import static org.haven.events.Require.present;
import static org.haven.events.Require.text;

/** The participant withdrew consent, themself or through a researcher; later submissions are rejected. */
@EventRevision(1)
public record ConsentWithdrawn(String participantId, String studyId, WithdrawalScope scope, Actor actor)
        implements ParticipantEvent {

    public ConsentWithdrawn {
        text(participantId, "participantId");
        text(studyId, "studyId");
        present(scope, "scope");
        present(actor, "actor");
    }
}
