package org.haven.analytics.statistics;

import org.haven.analytics.answers.StudyResponses;
import org.haven.analytics.scoring.ScoredStudy;
import org.haven.analytics.scoring.Scoring;

import java.util.ArrayList;
import java.util.List;

/**
 * Every figure of docs/methods.md, as the rows of statistics.csv in their fixed order: subscales in
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

    /** Runs the given families, in the given order, for every subscale and composite. */
    public static List<StatisticRow> compute(ScoredStudy scored, List<? extends Figures> families) {
        List<StatisticRow> rows = new ArrayList<>();
        for (String id : scored.scoreIds()) {
            ScoreSeries series = new ScoreSeries(scored, id);
            for (Figures family : families) {
                rows.addAll(family.rows(series));
            }
        }
        return List.copyOf(rows);
    }
}
