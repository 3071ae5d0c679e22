package org.haven.survey.submission;

import java.time.LocalDate;
import java.util.Map;

/** What a participant's aggregate remembers of a submitted wave, to recognise retries and re-imports. */
public record SubmittedWave(String submissionId, Map<String, Integer> answers, LocalDate completedOn) {

    public SubmittedWave {
        answers = Map.copyOf(answers);
    }
}
