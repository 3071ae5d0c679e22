package org.haven.survey.access;

/** The participant a request's token belongs to; participant endpoints act for this participant only. */
public record ParticipantPrincipal(String participantId) {
}
