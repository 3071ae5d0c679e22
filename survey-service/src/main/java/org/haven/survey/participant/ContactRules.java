package org.haven.survey.participant;

import org.haven.survey.problem.NotAllowedException;

/** Whose contact address may change: a participant of the named study whose data was not erased. */
public final class ContactRules {

    private ContactRules() {
    }

    public static void checkMayChangeAddress(String participantStudy, String requestedStudy, ParticipantStatus status) {
        if (!participantStudy.equals(requestedStudy)) {
            throw TokenRules.notInStudy();
        }
        if (status == ParticipantStatus.ERASED) {
            throw new NotAllowedException("this participant's data was erased, so they have no contact address");
        }
    }
}
