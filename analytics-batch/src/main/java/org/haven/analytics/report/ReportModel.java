package org.haven.analytics.report;

import org.haven.analytics.contacts.ContactsCsv;
import org.haven.analytics.export.Manifest;
import org.haven.analytics.statistics.StatisticRow;

import java.util.List;

/** Everything report.html shows, section by section, as the templates read it. */
record ReportModel(String title, List<RunFacts.Fact> facts, List<TrajectorySection> trajectories,
                   ReliabilityTable reliability, FigureTable change, FigureTable growth, ResponsesTable responses,
                   OtherFigures other, ContactsSection contacts) {

    /** The sections in page order: the last one lists the rows the others did not show. */
    static ReportModel of(List<StatisticRow> rows, Manifest manifest, List<ContactsCsv.Row> contacts) {
        FigureIndex figures = new FigureIndex(rows, manifest);
        List<RunFacts.Fact> facts = RunFacts.of(manifest, figures.waves());
        List<TrajectorySection> trajectories = TrajectorySection.all(figures);
        ReliabilityTable reliability = ReliabilityTable.of(figures);
        FigureTable change = ChangeTable.of(figures);
        FigureTable growth = GrowthTable.of(figures);
        ResponsesTable responses = ResponsesTable.of(figures);
        return new ReportModel(RunFacts.title(manifest), facts, trajectories, reliability, change, growth, responses,
                OtherFigures.of(figures), contacts == null ? null : ContactsSection.of(contacts));
    }
}
