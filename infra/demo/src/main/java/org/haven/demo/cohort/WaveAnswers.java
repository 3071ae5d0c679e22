package org.haven.demo.cohort;

import java.util.Map;

/** One participant's answers at one wave: raw values as a participant gives them, skipped items absent. */
public record WaveAnswers(int wave, Map<String, Integer> answers) {

    public WaveAnswers {
        answers = Map.copyOf(answers);
    }
}
