package org.haven.survey.participant;

import org.haven.events.Actor;
import org.haven.events.EncryptedValue;

import java.time.Instant;

/** Enrolls a new participant (a random id chosen by the caller) in a study; the e-mail, if any, already encrypted. */
public record EnrollParticipant(String participantId, String studyId, Instant enrolledAt, String consentFormVersion,
                                EncryptedValue contactEmail, Actor actor) {

    public EnrollParticipant(String participantId, String studyId, Instant enrolledAt, String consentFormVersion,
                             Actor actor) {
        this(participantId, studyId, enrolledAt, consentFormVersion, null, actor);
    }
}
