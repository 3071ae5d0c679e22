package org.haven.analytics.fold;

import java.time.LocalDate;
import java.util.Map;

/** The accepted answers of one participant for one wave, as folded from the topic. */
public record Submission(String participantId, int wave, String instrumentId, int instrumentVersion,
                         Map<String, Integer> answers, LocalDate completedOn) {
}
