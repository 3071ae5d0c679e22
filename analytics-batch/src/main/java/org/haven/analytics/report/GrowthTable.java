package org.haven.analytics.report;

import org.haven.analytics.statistics.Statistic;

import java.util.List;

/** The growth model's estimates per subscale and composite. */
final class GrowthTable {

    private static final List<FigureTable.Figure> FIGURES = List.of(
            FigureTable.Figure.of(Statistic.LMM_INTERCEPT, "Intercept"),
            FigureTable.Figure.of(Statistic.LMM_SLOPE, "Slope per wave"),
            FigureTable.Figure.of(Statistic.LMM_SLOPE_SE, "SE of slope"),
            FigureTable.Figure.of(Statistic.LMM_SD_INTERCEPT, "SD of intercepts"),
            FigureTable.Figure.of(Statistic.LMM_SD_SLOPE, "SD of slopes"),
            FigureTable.Figure.of(Statistic.LMM_CORR, "Correlation"),
            FigureTable.Figure.of(Statistic.LMM_SD_RESIDUAL, "Residual SD"),
            FigureTable.Figure.of(Statistic.LMM_REML_CRITERION, "REML criterion"),
            FigureTable.Figure.of(Statistic.LMM_SINGULAR, "Singular"),
            FigureTable.Figure.of(Statistic.LMM_N_OBS, "Scores"),
            FigureTable.Figure.of(Statistic.LMM_N_PARTICIPANTS, "Participants"),
            FigureTable.Figure.of(Statistic.LMM_FAILED, "Not fitted"));

    private GrowthTable() {
    }

    static FigureTable of(FigureIndex figures) {
        return FigureTable.of(figures, FIGURES);
    }
}
