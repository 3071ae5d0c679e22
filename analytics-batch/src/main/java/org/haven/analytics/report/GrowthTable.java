package org.haven.analytics.report;

import org.haven.analytics.statistics.Statistic;

import java.util.List;

/** The growth model's estimates per subscale and composite. */
final class GrowthTable {

    private static final List<FigureTable.Figure> FIGURES = List.of(
            figure(Statistic.LMM_INTERCEPT, "Intercept"),
            figure(Statistic.LMM_SLOPE, "Slope per wave"),
            figure(Statistic.LMM_SLOPE_SE, "SE of slope"),
            figure(Statistic.LMM_SD_INTERCEPT, "SD of intercepts"),
            figure(Statistic.LMM_SD_SLOPE, "SD of slopes"),
            figure(Statistic.LMM_CORR, "Correlation"),
            figure(Statistic.LMM_SD_RESIDUAL, "Residual SD"),
            figure(Statistic.LMM_REML_CRITERION, "REML criterion"),
            figure(Statistic.LMM_SINGULAR, "Singular"),
            figure(Statistic.LMM_N_OBS, "Scores"),
            figure(Statistic.LMM_N_PARTICIPANTS, "Participants"),
            figure(Statistic.LMM_FAILED, "Not fitted"));

    private GrowthTable() {
    }

    static FigureTable of(FigureIndex figures) {
        return FigureTable.of(figures, FIGURES);
    }

    private static FigureTable.Figure figure(Statistic statistic, String heading) {
        return new FigureTable.Figure(statistic, FigureTable.Column.of(heading));
    }
}
