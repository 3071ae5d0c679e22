package org.haven.analytics.statistics;

import org.haven.analytics.scoring.ParticipantScores;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code lmm_*}: the growth model {@code score ~ wave + (1 + wave | participant)} by REML over every available
 * score ({@link GrowthModel}). {@code lmm_failed} is always written; when the model cannot be fitted the other rows
 * stay empty and {@link #notFitted()} says why, for the manifest. One instance per run: it keeps those reasons.
 */
public final class GrowthModelFigures implements Figures {

    static final int MIN_WAVES = 3;
    static final int MIN_PARTICIPANTS = 3;

    private final Map<String, String> notFitted = new LinkedHashMap<>();
    private long fittingNanos;

    @Override
    public List<StatisticRow> rows(ScoreSeries series) {
        ParticipantScores participants = series.participants();
        Optional<String> unfittable = unfittable(participants);
        GrowthFit fit = null;
        if (unfittable.isPresent()) {
            notFitted.put(series.id(), unfittable.get());
        } else {
            long started = System.nanoTime();
            try {
                fit = GrowthModel.fit(participants);
            } catch (RuntimeException failed) {
                notFitted.put(series.id(), "the REML fit failed: " + failed.getMessage());
            } finally {
                fittingNanos += System.nanoTime() - started;
            }
        }
        return rows(series.id(), fit);
    }

    /** Score id to why its model was not fitted, in statistics.csv order. */
    public Map<String, String> notFitted() {
        return Collections.unmodifiableMap(notFitted);
    }

    /** Time spent fitting, for the run's timing line and the benchmark (issue: at most 20% of the replay). */
    public long fittingMillis() {
        return fittingNanos / 1_000_000;
    }

    /** lme4 refuses as many random effects as observations; a slope needs three waves to be more than a line. */
    static Optional<String> unfittable(ParticipantScores participants) {
        long n = participants.size();
        long people = participants.participants();
        BitSet scoredWaves = new BitSet(); // wave numbers start at 1: a million scores without boxing one
        for (int wave : participants.waves()) {
            scoredWaves.set(wave);
        }
        int waves = scoredWaves.cardinality();
        if (waves < MIN_WAVES) {
            return Optional.of("scores at " + waves + " wave(s); the growth model needs at least " + MIN_WAVES);
        }
        if (people < MIN_PARTICIPANTS) {
            return Optional.of(people + " participant(s) with scores; the growth model needs at least "
                    + MIN_PARTICIPANTS);
        }
        if (n <= 2 * people) {
            return Optional.of(n + " scores for " + people + " participants: no more scores than random effects ("
                    + 2 * people + ")");
        }
        return Optional.empty();
    }

    private static List<StatisticRow> rows(String id, GrowthFit fit) {
        List<StatisticRow> rows = new ArrayList<>();
        boolean ok = fit != null;
        rows.add(Rows.value(Statistic.LMM_INTERCEPT, id, ok ? fit.intercept() : null));
        rows.add(Rows.value(Statistic.LMM_SLOPE, id, ok ? fit.slope() : null));
        rows.add(Rows.value(Statistic.LMM_SLOPE_SE, id, ok ? fit.slopeSe() : null));
        rows.add(Rows.value(Statistic.LMM_SD_INTERCEPT, id, ok ? fit.sdIntercept() : null));
        rows.add(Rows.value(Statistic.LMM_SD_SLOPE, id, ok ? fit.sdSlope() : null));
        rows.add(Rows.value(Statistic.LMM_CORR, id, ok ? fit.correlation() : null));
        rows.add(Rows.value(Statistic.LMM_SD_RESIDUAL, id, ok ? fit.sdResidual() : null));
        rows.add(Rows.value(Statistic.LMM_REML_CRITERION, id, ok ? fit.remlCriterion() : null));
        rows.add(Rows.count(Statistic.LMM_SINGULAR, id, ok ? Long.valueOf(fit.singular() ? 1 : 0) : null));
        rows.add(Rows.count(Statistic.LMM_N_OBS, id, ok ? Long.valueOf(fit.observations()) : null));
        rows.add(Rows.count(Statistic.LMM_N_PARTICIPANTS, id, ok ? Long.valueOf(fit.participants()) : null));
        rows.add(Rows.count(Statistic.LMM_FAILED, id, ok ? 0L : 1L));
        return rows;
    }
}
