package org.haven.analytics.answers;

import org.haven.instrument.Instrument;

import java.util.List;

/**
 * Everything the statistics of docs/methods.md are computed from: the instrument versions the responses
 * answered (in publication order; the last one fixes the order of subscales and items in the outputs) and
 * the responses themselves.
 */
public record StudyResponses(List<Instrument> instruments, List<Response> responses) {

    public StudyResponses {
        instruments = List.copyOf(instruments);
        responses = List.copyOf(responses);
    }
}
