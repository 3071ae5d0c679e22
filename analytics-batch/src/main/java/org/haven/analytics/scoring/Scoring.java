package org.haven.analytics.scoring;

import org.haven.analytics.answers.Response;
import org.haven.analytics.answers.StudyResponses;
import org.haven.instrument.Instrument;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/** Scores a study as docs/methods.md describes: reverse keying, the two-thirds rule, composites of present subscales. */
public final class Scoring {

    private static final Comparator<Response> BY_PID_THEN_WAVE =
            Comparator.comparing(Response::pid).thenComparingInt(Response::wave);

    private Scoring() {
    }

    public static ScoredStudy score(StudyResponses study) {
        InstrumentVersions versions = new InstrumentVersions(study.instruments());
        ScoreIds ids = ScoreIds.of(versions);
        List<Response> sorted = study.responses().stream().sorted(BY_PID_THEN_WAVE).toList();
        Map<Instrument, VersionScorer> scorers = new IdentityHashMap<>();
        List<KeyedResponse> keyed = new ArrayList<>();
        int k = ids.all().size();
        double[] scores = new double[sorted.size() * k];
        Response previous = null;
        for (Response response : sorted) {
            if (previous != null && previous.pid().equals(response.pid()) && previous.wave() == response.wave()) {
                throw new IllegalArgumentException("participant " + response.pid() + " has two responses at wave "
                        + response.wave() + "; de-duplicate before scoring");
            }
            previous = response;
            Instrument instrument = versions.of(response.instrumentId(), response.instrumentVersion());
            VersionScorer scorer = scorers.computeIfAbsent(instrument, VersionScorer::new);
            KeyedResponse answers = scorer.key(response);
            Map<String, Double> present = scorer.score(answers);
            // one value per subscale and composite of the study, NaN where missing: a full grid for scores_long
            int row = keyed.size() * k;
            for (int j = 0; j < k; j++) {
                Double value = present.get(ids.all().get(j));
                scores[row + j] = value == null ? Double.NaN : value;
            }
            keyed.add(answers);
        }
        return new ScoredStudy(versions, ids, keyed, scores);
    }
}
