package org.haven.survey.participant;

import org.haven.events.Actor;

import java.time.Instant;

/** Enrolls a new participant (a random id chosen by the caller) in a study. */
public record EnrollParticipant(String participantId, String studyId, Instant enrolledAt, String consentFormVersion,
                                Actor actor) {
}
