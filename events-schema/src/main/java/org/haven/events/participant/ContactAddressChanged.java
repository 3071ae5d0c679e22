package org.haven.events.participant;

import org.haven.events.Actor;
import org.haven.events.EncryptedValue;
import org.haven.events.EventRevision;

import static org.haven.events.Require.present;
import static org.haven.events.Require.text;

/**
 * The participant's contact e-mail was replaced (encrypted under their data key, like the one given at enrollment).
 * Mail goes to the new address from then on, also after an address the mail server refused.
 */
@EventRevision(1)
public record ContactAddressChanged(String participantId, String studyId, EncryptedValue contactEmail, Actor actor)
        implements ParticipantEvent {

    public ContactAddressChanged {
        text(participantId, "participantId");
        text(studyId, "studyId");
        present(contactEmail, "contactEmail");
        present(actor, "actor");
    }
}
