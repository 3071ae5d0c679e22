package org.haven.events.participant;

import org.haven.events.Actor;
import org.haven.events.EncryptedValue;
import org.haven.events.EventRevision;

import java.time.Instant;
import java.time.ZoneId;

import static org.haven.events.Require.present;
import static org.haven.events.Require.text;

/**
 * A participant joined a study, agreeing to the named consent-form version. {@code enrolledAt} anchors
 * relative wave windows and days-since-enrollment; {@code contactEmail} is optional and only ever encrypted;
 * {@code timeZone} is optional (absent: the study's). Revision 2 added {@code timeZone}; revision 1 is read as
 * having none.
 */
@EventRevision(2)
public record ParticipantEnrolled(
        String participantId,
        String studyId,
        Instant enrolledAt,
        String consentFormVersion,
        EncryptedValue contactEmail,
        ZoneId timeZone,
        Actor actor) implements ParticipantEvent {

    public ParticipantEnrolled {
        text(participantId, "participantId");
        text(studyId, "studyId");
        present(enrolledAt, "enrolledAt");
        text(consentFormVersion, "consentFormVersion");
        present(actor, "actor");
    }

    /** A participant without a time zone of their own: they follow the study's. */
    public ParticipantEnrolled(String participantId, String studyId, Instant enrolledAt, String consentFormVersion,
                               EncryptedValue contactEmail, Actor actor) {
        this(participantId, studyId, enrolledAt, consentFormVersion, contactEmail, null, actor);
    }
}
