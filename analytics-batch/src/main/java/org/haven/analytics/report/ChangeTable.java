package org.haven.analytics.report;

import org.haven.analytics.statistics.Statistic;

import java.util.List;

/** Change from the first to the last wave: the paired t-test, the ICCs and reliable change. */
final class ChangeTable {

    private static final List<FigureTable.Figure> FIGURES = List.of(
            FigureTable.Figure.of(Statistic.PAIRED_N, "Paired n"),
            FigureTable.Figure.of(Statistic.PAIRED_MEAN_DIFF, "Mean change (last \u2212 first)"),
            FigureTable.Figure.of(Statistic.PAIRED_CI95_LOW, "95% CI low"),
            FigureTable.Figure.of(Statistic.PAIRED_CI95_HIGH, "95% CI high"),
            FigureTable.Figure.of(Statistic.PAIRED_T, "t"),
            FigureTable.Figure.of(Statistic.PAIRED_DF, "df"),
            FigureTable.Figure.of(Statistic.PAIRED_P, "p"),
            new FigureTable.Figure(Statistic.COHEN_DZ, new FigureTable.Column("Cohen\u2019s d", "z")),
            FigureTable.Figure.of(Statistic.ICC_N, "ICC n"),
            FigureTable.Figure.of(Statistic.ICC_2_1, "ICC(2,1)"),
            FigureTable.Figure.of(Statistic.ICC_3_1, "ICC(3,1)"),
            FigureTable.Figure.of(Statistic.RCI_IMPROVED, "RCI improved"),
            FigureTable.Figure.of(Statistic.RCI_UNCHANGED, "RCI unchanged"),
            FigureTable.Figure.of(Statistic.RCI_DETERIORATED, "RCI deteriorated"));

    private ChangeTable() {
    }

    static FigureTable of(FigureIndex figures) {
        return FigureTable.of(figures, FIGURES);
    }
}
