package org.haven.survey.participant;

import java.time.Instant;

/**
 * Where a participant stands in their study right now; it decides which page their link shows.
 * {@code wave} is the wave the stage is about (to answer, to wait for, or closed); {@code lastSubmitted} the
 * highest wave they answered, so a page can say "already submitted" instead of sounding like a first visit.
 */
public record Stage(Kind kind, Integer wave, Instant opensAt, Instant closesAt, Integer lastSubmitted) {

    public enum Kind {
        /** A wave is open and not answered: show the questionnaire. */
        OPEN,
        /** Nothing to answer now; {@code wave} opens at {@code opensAt}. */
        NOT_OPEN_YET,
        /** No wave open or to come, and {@code wave} closed unanswered at {@code closesAt}. */
        CLOSED,
        /** Every wave answered. */
        COMPLETED,
        /** Consent withdrawn: no questionnaire any more. */
        WITHDRAWN
    }

    public boolean submittedBefore() {
        return lastSubmitted != null;
    }
}
