package org.haven.analytics.scoring;

import org.haven.analytics.answers.CompactAnswers;
import org.haven.instrument.Instrument;

import java.util.Map;

/**
 * One participant's answers at one wave with reverse-keyed items already turned into min + max - v, so that
 * higher always means safer. Skipped items are absent. {@code instrument} is the version they answered.
 */
public record KeyedResponse(String pid, int wave, Instrument instrument, Map<String, Integer> keyedValues) {

    public KeyedResponse {
        keyedValues = CompactAnswers.copyOf(keyedValues);
    }
}
