package org.haven.survey.importing;

import org.haven.survey.participant.ParticipantStatus;

/** A participant reference the study already knows, with the participant's consent status. */
public record KnownRef(String participantId, ParticipantStatus status) {
}
