package org.haven.analytics.scoring;

/**
 * One row of scores_long.csv: a participant's score on one subscale or composite at one wave they answered;
 * {@code value} is null when the score is missing (too few items answered, a composite part missing, or a
 * subscale their instrument version does not have).
 */
public record Score(String pid, int wave, String scoreId, Double value) {

    public boolean isPresent() {
        return value != null;
    }
}
