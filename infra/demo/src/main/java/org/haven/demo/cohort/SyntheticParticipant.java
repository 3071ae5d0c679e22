package org.haven.demo.cohort;

import java.util.List;

/**
 * One generated participant: a stable label ({@code demo-0001}), whether their answers travel through the
 * CSV import instead of the web API, and the waves they answered in order (skipped waves and the waves
 * after dropping out are absent).
 */
public record SyntheticParticipant(String ref, boolean imported, List<WaveAnswers> waves) {

    public SyntheticParticipant {
        waves = List.copyOf(waves);
    }
}
