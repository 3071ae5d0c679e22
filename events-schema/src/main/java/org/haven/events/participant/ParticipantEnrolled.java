package org.haven.events.participant;

import org.haven.events.Actor;
import org.haven.events.EncryptedValue;
import org.haven.events.EventRevision;

import java.time.Instant;

import static org.haven.events.Require.present;
import static org.haven.events.Require.text;

/**
 * A participant joined a study, agreeing to the named consent-form version. {@code enrolledAt} anchors
 * relative wave windows and days-since-enrollment; {@code contactEmail} is optional and only ever encrypted.
 */
@EventRevision(1)
public record ParticipantEnrolled(
        String participantId,
        String studyId,
        Instant enrolledAt,
        String consentFormVersion,
        EncryptedValue contactEmail,
        Actor actor) implements ParticipantEvent {

    public ParticipantEnrolled {
        text(participantId, "participantId");
        text(studyId, "studyId");
        present(enrolledAt, "enrolledAt");
        text(consentFormVersion, "consentFormVersion");
        present(actor, "actor");
    }
}
