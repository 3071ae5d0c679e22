package org.haven.survey.access;

import java.time.Instant;

/**
 * The participant a request's token belongs to; participant endpoints act for this participant only. The other
 * components are the participant's row, read in the same query as the token so that a submission does not
 * borrow a pooled connection a second time for it; they are null when no such row exists. {@code status} is
 * the name of a participant.ParticipantStatus (access does not depend on the participant package).
 */
public record ParticipantPrincipal(String participantId, String studyId, Instant enrolledAt, String status) {

    /** Whether the participant's row was found with the token. */
    public boolean enrolled() {
        return studyId != null;
    }
}
