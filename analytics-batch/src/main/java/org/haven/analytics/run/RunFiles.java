package org.haven.analytics.run;

import org.haven.analytics.export.CodebookCsv;
import org.haven.analytics.export.FileDigests;
import org.haven.analytics.export.Manifest;
import org.haven.analytics.export.ManifestJson;
import org.haven.analytics.export.ResponseDates;
import org.haven.analytics.export.ResponsesLongCsv;
import org.haven.analytics.export.ResponsesWideCsv;
import org.haven.analytics.export.ScoresLongCsv;
import org.haven.analytics.report.ReportHtml;
import org.haven.analytics.scoring.ScoredStudy;
import org.haven.analytics.statistics.StatisticRow;
import org.haven.analytics.statistics.StatisticsCsv;
import org.haven.analytics.statistics.StudyResponses;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;

/** Writes every file of a run folder; the manifest last, with the SHA-256 of all the others. */
final class RunFiles {

    private RunFiles() {
    }

    static void write(Path folder, StudyResponses study, ScoredStudy scored, List<StatisticRow> rows,
                      Collection<ResponseDates> dates, Manifest manifest) throws IOException {
        Files.createDirectories(folder);
        StatisticsCsv.write(rows, folder.resolve(StatisticsCsv.FILE_NAME));
        ScoresLongCsv.write(scored, folder.resolve(ScoresLongCsv.FILE_NAME));
        ResponsesLongCsv.write(study, dates, folder.resolve(ResponsesLongCsv.FILE_NAME));
        ResponsesWideCsv.write(study, folder.resolve(ResponsesWideCsv.FILE_NAME));
        CodebookCsv.write(study.instruments(), folder.resolve(CodebookCsv.FILE_NAME));
        // the report shows the manifest's facts, so it is written from the manifest before its file list is known
        ReportHtml.write(rows, manifest, folder.resolve(ReportHtml.FILE_NAME));
        ManifestJson.write(manifest.withFiles(FileDigests.ofRunFolder(folder)), folder.resolve(ManifestJson.FILE_NAME));
    }
}
