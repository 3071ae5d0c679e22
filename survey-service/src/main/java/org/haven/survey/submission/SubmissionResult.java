package org.haven.survey.submission;

import java.time.LocalDate;

/**
 * The answer to a submission. A retry of the same submission gets the original result with
 * {@code newlyStored = false}.
 */
public record SubmissionResult(String participantId, int wave, String submissionId, LocalDate completedOn,
                               boolean newlyStored) {
}
