package org.haven.survey.submission;

import org.haven.events.participant.SubmissionSource;
import org.haven.survey.problem.ConflictException;

import java.util.Map;

/**
 * One submission per participant and wave. The same submission id again is a retry (the client never saw
 * the answer); a re-import of identical answers is already imported; anything else is a conflict.
 */
public final class OneSubmissionPerWave {

    public enum Decision { STORE, ALREADY_STORED }

    private OneSubmissionPerWave() {
    }

    /** A retry carries the answers of the original; other answers under the same id are refused. */
    public static void checkRetry(SubmittedWave previous, int wave, Map<String, Integer> answers) {
        if (!previous.answers().equals(answers)) {
            throw new ConflictException("submissionId", "submission id '" + previous.submissionId()
                    + "' was already used for wave " + wave + " with other answers; a new questionnaire needs a new id");
        }
    }

    public static Decision decide(SubmittedWave previous, int wave, String submissionId, SubmissionSource source,
                                  Map<String, Integer> answers) {
        if (previous == null) {
            return Decision.STORE;
        }
        if (previous.submissionId().equals(submissionId)) {
            return Decision.ALREADY_STORED;
        }
        if (source == SubmissionSource.IMPORT) {
            if (previous.answers().equals(answers)) {
                return Decision.ALREADY_STORED;
            }
            throw new ConflictException("wave", "wave " + wave
                    + " of this participant is already stored with different answers");
        }
        throw new ConflictException("wave", "wave " + wave + " was already submitted");
    }
}
