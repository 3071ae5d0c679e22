package org.haven.analytics.statistics;

import org.haven.analytics.scoring.ScoredStudy;
import org.haven.analytics.scoring.Scoring;

import java.util.ArrayList;
import java.util.List;

/**
 * Every figure of DESIGN section 5, as the rows of statistics.csv in their fixed order: subscales in
 * instrument order then composites; within each, the figure families in section 5 order. Plain Java, no Spring.
 */
public final class StatisticsCalculator {

    private StatisticsCalculator() {
    }

    /** The families of section 5 in order, the growth model ({@code lmm_*}) last; new instances every call. */
    public static List<Figures> standardFigures() {
        return standardFigures(new GrowthModelFigures());
    }

    /** The same, with the caller's growth-model family, to read why a model was not fitted. */
    public static List<Figures> standardFigures(GrowthModelFigures growthModel) {
        return List.of(
                new Descriptives(),
                new Reliability(),
                new PairedChange(),
                new Slopes(),
                new IntraclassCorrelation(),
                new ReliableChange(),
                growthModel);
    }

    public static List<StatisticRow> compute(StudyResponses study) {
        return compute(Scoring.score(study));
    }

    /** For a caller that also writes the scores: score once with {@link Scoring#score}, then compute. */
    public static List<StatisticRow> compute(ScoredStudy scored) {
        return compute(scored, standardFigures());
    }

    /**
     * Runs the given families, in the given order, for every subscale and composite. The series are independent,
     * so they are computed side by side (a parallel stream: one series per core at a time, which also bounds the
     * memory of their participant maps); the rows come out in series order whatever finished first.
     */
    public static List<StatisticRow> compute(ScoredStudy scored, List<? extends Figures> families) {
        List<StatisticRow> rows = new ArrayList<>();
        scored.scoreIds().parallelStream()
                .map(id -> rowsOf(new ScoreSeries(scored, id), families))
                .forEachOrdered(rows::addAll);
        return List.copyOf(rows);
    }

    private static List<StatisticRow> rowsOf(ScoreSeries series, List<? extends Figures> families) {
        List<StatisticRow> rows = new ArrayList<>();
        for (Figures family : families) {
            rows.addAll(family.rows(series));
        }
        return rows;
    }
}
