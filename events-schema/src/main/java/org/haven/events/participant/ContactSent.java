package org.haven.events.participant;

import org.haven.events.Actor;
import org.haven.events.ContactChannel;
import org.haven.events.ContactKind;
import org.haven.events.EventRevision;

import java.time.Instant;

import static org.haven.events.Require.present;
import static org.haven.events.Require.text;

/**
 * The mail server accepted a contact for the participant's wave: the invitation (ordinal 0) or reminder number
 * {@code ordinal} (the last reminder numbered after the regular ones). Never the address, subject, body or link.
 */
@EventRevision(1)
public record ContactSent(String participantId, String studyId, int wave, ContactKind kind, int ordinal,
                          ContactChannel channel, Instant sentAt, Actor actor) implements ParticipantEvent {

    public ContactSent {
        text(participantId, "participantId");
        text(studyId, "studyId");
        ContactNumbering.check(wave, kind, ordinal);
        present(channel, "channel");
        present(sentAt, "sentAt");
        present(actor, "actor");
    }
}
