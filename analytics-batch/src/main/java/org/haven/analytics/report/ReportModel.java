package org.haven.analytics.report;

import org.haven.analytics.contacts.ContactsCsv;
import org.haven.analytics.export.Manifest;
import org.haven.analytics.statistics.StatisticRow;
import org.haven.instrument.Instrument;
import org.haven.instrument.InstrumentWording;

import java.util.List;

/**
 * Everything report.html shows, section by section, as the templates read it.
 *
 * @param scale the scale the scores are on, in the instrument's words ("the 1–5 frequency scale (1 = never, ...)")
 */
record ReportModel(String title, List<RunFacts.Fact> facts, String scale, List<TrajectorySection> trajectories,
                   ReliabilityTable reliability, FigureTable change, FigureTable growth, ResponsesTable responses,
                   OtherFigures other, ContactsSection contacts) {

    /** The sections in page order: the last one lists the rows the others did not show. */
    static ReportModel of(List<StatisticRow> rows, Manifest manifest, List<Instrument> instruments,
                          List<ContactsCsv.Row> contacts) {
        FigureIndex figures = new FigureIndex(rows, manifest);
        List<RunFacts.Fact> facts = RunFacts.of(manifest, figures.waves());
        List<TrajectorySection> trajectories = TrajectorySection.all(figures);
        ReliabilityTable reliability = ReliabilityTable.of(figures);
        FigureTable change = ChangeTable.of(figures);
        FigureTable growth = GrowthTable.of(figures);
        ResponsesTable responses = ResponsesTable.of(figures);
        String scale = InstrumentWording.scaleDescription(instruments)
                .orElse("the items' response scales (codebook.csv gives each item's)");
        return new ReportModel(RunFacts.title(manifest), facts, scale, trajectories, reliability, change, growth,
                responses, OtherFigures.of(figures), contacts == null ? null : ContactsSection.of(contacts));
    }
}
