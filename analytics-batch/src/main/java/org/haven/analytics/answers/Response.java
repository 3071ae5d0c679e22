package org.haven.analytics.answers;

import java.util.Map;

/**
 * One participant's accepted answers for one wave, after exclusions and de-duplication: raw values as
 * answered (skipped items absent), keyed by item id, for the instrument version they answered.
 * {@code pid} is the participant's pseudonym; every reduction runs over pids in sorted order.
 */
public record Response(String pid, int wave, String instrumentId, int instrumentVersion, Map<String, Integer> answers) {

    public Response {
        answers = CompactAnswers.copyOf(answers);
    }
}
