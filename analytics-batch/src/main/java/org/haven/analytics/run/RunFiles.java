package org.haven.analytics.run;

import org.haven.analytics.answers.StudyResponses;
import org.haven.analytics.contacts.ContactTally;
import org.haven.analytics.contacts.ContactsCsv;
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
import org.haven.analytics.syntax.SyntaxFiles;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes every file of a run folder: the data files and the report first, then run-summary.json (it holds the time
 * the first part took), then the manifest, with the SHA-256 of all the others.
 */
final class RunFiles {

    private RunFiles() {
    }

    /** The data files and the report; returns the SHA-256 of every file in the folder so far, by name. */
    static Map<String, String> writeData(Path folder, StudyResponses study, ScoredStudy scored,
                                         List<StatisticRow> rows, Collection<ResponseDates> dates, Manifest manifest,
                                         ContactTally contacts) throws IOException {
        Files.createDirectories(folder);
        StatisticsCsv.write(rows, folder.resolve(StatisticsCsv.FILE_NAME));
        ScoresLongCsv.write(scored, folder.resolve(ScoresLongCsv.FILE_NAME));
        ResponsesLongCsv.write(study, dates, folder.resolve(ResponsesLongCsv.FILE_NAME));
        ResponsesWideCsv.write(study, folder.resolve(ResponsesWideCsv.FILE_NAME));
        CodebookCsv.write(study.instruments(), folder.resolve(CodebookCsv.FILE_NAME));
        SyntaxFiles.write(study.instruments(), folder);
        // only a study that mails its participants has contacts.csv and the report's section on it
        List<ContactsCsv.Row> contactRows = contacts.hasContacts() ? ContactsCsv.rows(contacts) : null;
        if (contactRows != null) {
            ContactsCsv.write(contactRows, folder.resolve(ContactsCsv.FILE_NAME));
        }
        // the report shows the manifest's facts, so it is written from the manifest before its file list is known
        ReportHtml.write(rows, manifest, study.instruments(), contactRows, folder.resolve(ReportHtml.FILE_NAME));
        return FileDigests.ofRunFolder(folder);
    }

    /** run-summary.json, then the manifest with the digests of the data files and of run-summary.json. */
    static void writeSummaryAndManifest(Path folder, RunSummaryFile summary, Manifest manifest,
                                        Map<String, String> dataDigests) throws IOException {
        Path summaryFile = folder.resolve(RunSummaryJson.FILE_NAME);
        RunSummaryJson.write(summary, summaryFile);
        Map<String, String> digests = new TreeMap<>(dataDigests);
        digests.put(RunSummaryJson.FILE_NAME, FileDigests.sha256(summaryFile));
        ManifestJson.write(manifest.withFiles(digests), folder.resolve(ManifestJson.FILE_NAME));
    }
}
