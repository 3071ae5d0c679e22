package org.haven.survey.importing;

import java.time.LocalDate;
import java.util.Map;

/**
 * One participant-wave of an import whose rows are all valid: stored as one submission, or not at all.
 * {@code participantId} is null for a reference the import will enroll.
 */
public record ImportUnit(String participantRef, String participantId, int wave, long firstLine,
                         Map<String, Integer> answers, LocalDate completedOn) {

    public ImportUnit {
        answers = Map.copyOf(answers);
    }
}
