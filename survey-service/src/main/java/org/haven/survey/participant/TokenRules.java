package org.haven.survey.participant;

import org.haven.survey.problem.NotAllowedException;
import org.haven.survey.problem.NotFoundException;

/** Who may get a new personal token: a participant of the named study whose data was not erased. */
public final class TokenRules {

    /**
     * One answer for a participant id that is unknown and for one enrolled in another study, so a request
     * never confirms that an id exists elsewhere.
     */
    static final String NOT_IN_STUDY = "no such participant in this study";

    private TokenRules() {
    }

    public static NotFoundException notInStudy() {
        return new NotFoundException(NOT_IN_STUDY);
    }

    public static void checkMayReissue(String participantStudy, String requestedStudy, ParticipantStatus status) {
        if (!participantStudy.equals(requestedStudy)) {
            throw notInStudy();
        }
        if (status == ParticipantStatus.ERASED) {
            throw new NotAllowedException("this participant's data was erased, so they get no new token");
        }
    }
}
