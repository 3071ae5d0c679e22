package org.haven.analytics.report;

import org.haven.analytics.statistics.Statistic;

import java.util.List;

/** Change from the first to the last wave: the paired t-test, the ICCs and reliable change. */
final class ChangeTable {

    private static final List<FigureTable.Figure> FIGURES = List.of(
            figure(Statistic.PAIRED_N, "Paired n"),
            figure(Statistic.PAIRED_MEAN_DIFF, "Mean change (last \u2212 first)"),
            figure(Statistic.PAIRED_CI95_LOW, "95% CI low"),
            figure(Statistic.PAIRED_CI95_HIGH, "95% CI high"),
            figure(Statistic.PAIRED_T, "t"),
            figure(Statistic.PAIRED_DF, "df"),
            figure(Statistic.PAIRED_P, "p"),
            new FigureTable.Figure(Statistic.COHEN_DZ, new FigureTable.Column("Cohen\u2019s d", "z")),
            figure(Statistic.ICC_N, "ICC n"),
            figure(Statistic.ICC_2_1, "ICC(2,1)"),
            figure(Statistic.ICC_3_1, "ICC(3,1)"),
            figure(Statistic.RCI_IMPROVED, "RCI improved"),
            figure(Statistic.RCI_UNCHANGED, "RCI unchanged"),
            figure(Statistic.RCI_DETERIORATED, "RCI deteriorated"));

    private ChangeTable() {
    }

    static FigureTable of(FigureIndex figures) {
        return FigureTable.of(figures, FIGURES);
    }

    private static FigureTable.Figure figure(Statistic statistic, String heading) {
        return new FigureTable.Figure(statistic, FigureTable.Column.of(heading));
    }
}
