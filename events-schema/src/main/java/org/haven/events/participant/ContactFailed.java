package org.haven.events.participant;

import org.haven.events.Actor;
import org.haven.events.ContactChannel;
import org.haven.events.ContactKind;
import org.haven.events.EventRevision;

import java.time.Instant;

import static org.haven.events.Require.present;
import static org.haven.events.Require.text;

/**
 * The mail server refused the participant's address for good (an SMTP 5xx reply, {@code smtpCode}): nothing
 * more is mailed to the participant until their address changes ({@link ContactAddressChanged}).
 */
@EventRevision(1)
public record ContactFailed(String participantId, String studyId, int wave, ContactKind kind, int ordinal,
                            ContactChannel channel, int smtpCode, Instant failedAt, Actor actor)
        implements ParticipantEvent {

    public ContactFailed {
        text(participantId, "participantId");
        text(studyId, "studyId");
        ContactNumbering.check(wave, kind, ordinal);
        present(channel, "channel");
        if (smtpCode < 500 || smtpCode > 599) {
            throw new IllegalArgumentException("smtpCode: a permanent refusal is a 5xx reply, got " + smtpCode);
        }
        present(failedAt, "failedAt");
        present(actor, "actor");
    }
}
