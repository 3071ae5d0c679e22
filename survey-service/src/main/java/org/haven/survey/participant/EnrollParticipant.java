package org.haven.survey.participant;

import org.haven.events.Actor;
import org.haven.events.EncryptedValue;

import java.time.Instant;
import java.time.ZoneId;

/**
 * Enrolls a new participant (a random id chosen by the caller) in a study; the e-mail, if any, already encrypted;
 * {@code timeZone} null when the participant follows the study's.
 */
public record EnrollParticipant(String participantId, String studyId, Instant enrolledAt,
                                String consentFormVersion, EncryptedValue contactEmail, ZoneId timeZone, Actor actor) {

    public EnrollParticipant(String participantId, String studyId, Instant enrolledAt, String consentFormVersion,
                             EncryptedValue contactEmail, Actor actor) {
        this(participantId, studyId, enrolledAt, consentFormVersion, contactEmail, null, actor);
    }

    public EnrollParticipant(String participantId, String studyId, Instant enrolledAt, String consentFormVersion,
                             Actor actor) {
        this(participantId, studyId, enrolledAt, consentFormVersion, null, null, actor);
    }
}
