package org.haven.analytics.run;

import org.haven.analytics.answers.Response;
import org.haven.analytics.answers.StudyResponses;
import org.haven.analytics.export.Manifest;
import org.haven.analytics.export.Pseudonyms;
import org.haven.analytics.export.ResponseDates;
import org.haven.analytics.fold.StudyFold;
import org.haven.analytics.fold.Submission;
import org.haven.analytics.scoring.ScoredStudy;
import org.haven.analytics.scoring.Scoring;
import org.haven.analytics.statistics.GrowthModelFigures;
import org.haven.analytics.statistics.StatisticRow;
import org.haven.analytics.statistics.StatisticsCalculator;
import org.haven.instrument.Instrument;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.JobExecution;
import org.springframework.batch.core.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.repeat.RepeatStatus;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * After the replay: turns the fold into pseudonymized responses, computes the statistics and writes the run's
 * files. Participant ids end here; nothing written holds one.
 */
public class AnalysisTasklet implements Tasklet {

    /** The exit code of a run that found nothing of its study: it writes no folder, and the command exits 2. */
    public static final String NO_STUDY_EVENTS = "NO_STUDY_EVENTS";

    private final StudyFold fold;
    private final RunSettings settings;
    private final Path folder;
    private final PrintStream out;
    private final Path journal;

    public AnalysisTasklet(StudyFold fold, RunSettings settings, Path folder, PrintStream out, Path journal) {
        this.fold = fold;
        this.settings = settings;
        this.folder = folder;
        this.out = out;
        this.journal = journal;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        if (fold.study().isEmpty()) {
            // A mistyped id is an input problem, not a failure: no stack trace, no folder, nothing to resume.
            Files.deleteIfExists(journal);
            deleteIfEmpty(folder);
            contribution.setExitStatus(new ExitStatus(NO_STUDY_EVENTS, noStudyEvents()));
            return RepeatStatus.FINISHED;
        }
        JobExecution job = chunkContext.getStepContext().getStepExecution().getJobExecution();
        ManifestFacts.requireQuarantinedRead(job, settings.arguments().quarantine());
        long started = System.nanoTime();
        Pseudonyms pseudonyms = new Pseudonyms(settings.exportKey()).remembering();
        StudyResponses study = responses(fold, pseudonyms);
        ScoredStudy scored = Scoring.score(study);
        GrowthModelFigures growthModel = new GrowthModelFigures();
        List<StatisticRow> rows = StatisticsCalculator.compute(scored, StatisticsCalculator.standardFigures(growthModel));
        long computed = System.nanoTime();
        Manifest manifest = ManifestFacts.of(job, fold, study, settings, growthModel.notFitted());
        Map<String, String> digests = RunFiles.writeData(folder, study, scored, rows, dates(fold, pseudonyms),
                manifest, fold.contacts());
        AnalysisTimings timings = new AnalysisTimings((computed - started) / 1_000_000,
                (System.nanoTime() - computed) / 1_000_000, growthModel.fittingMillis());
        RunFiles.writeSummaryAndManifest(folder, RunSummaryFile.of(manifest, folder, rows, timings), manifest,
                digests);
        Files.deleteIfExists(journal);
        // For operators; scripts read the same figures from run-summary.json.
        out.printf(java.util.Locale.ROOT, "analysis: scoring and statistics %d ms, files %d ms%n",
                timings.scoringAndStatisticsMillis(), timings.filesMillis());
        out.printf(java.util.Locale.ROOT, "analysis: growth model %d ms (part of the statistics)%n",
                timings.growthModelMillis());
        RunSummary.print(out, study, rows, folder);
        return RepeatStatus.FINISHED;
    }

    private String noStudyEvents() {
        BatchArguments arguments = settings.arguments();
        return String.format(java.util.Locale.ROOT, "study %s has no events on topic %s%s (%,d records read);"
                        + " check the study id (GET /api/studies lists them), the topic name (--topic, the service's"
                        + " haven.kafka.topic) and that the service has published the study"
                        + " (/actuator/health/publishing)", arguments.studyId(), arguments.topic(),
                arguments.asOf() == null ? "" : " up to " + arguments.asOf(), fold.counts().read());
    }

    private static void deleteIfEmpty(Path folder) throws java.io.IOException {
        if (Files.isDirectory(folder)) {
            try (var left = Files.list(folder)) {
                if (left.findAny().isEmpty()) {
                    Files.delete(folder);
                }
            }
        }
    }

    /** Enrollment and completion dates per pseudonymized participant-wave, for days since enrollment. */
    static List<ResponseDates> dates(StudyFold fold, Pseudonyms pseudonyms) {
        List<Submission> submissions = fold.includedSubmissions();
        long undated = submissions.stream().filter(s -> fold.enrolledAt(s.participantId()).isEmpty()).count();
        if (undated > 0) {
            throw new IllegalStateException(undated + " submissions have no enrollment event on the topic");
        }
        return submissions.stream()
                .map(s -> ResponseDates.of(pseudonyms.of(s.participantId()), s.wave(),
                        fold.enrolledAt(s.participantId()).orElseThrow(), s.completedOn()))
                .toList();
    }

    static StudyResponses responses(StudyFold fold, Pseudonyms pseudonyms) {
        List<Response> responses = fold.includedSubmissions().stream()
                .map(submission -> response(submission, pseudonyms))
                .sorted(Comparator.comparing(Response::pid).thenComparingInt(Response::wave))
                .toList();
        Set<String> used = responses.stream().map(r -> r.instrumentId() + ":" + r.instrumentVersion())
                .collect(Collectors.toSet());
        List<Instrument> instruments = fold.instruments().stream()
                .filter(instrument -> used.contains(instrument.id() + ":" + instrument.version()))
                .toList();
        return new StudyResponses(instruments, responses);
    }

    private static Response response(Submission submission, Pseudonyms pseudonyms) {
        return new Response(pseudonyms.of(submission.participantId()), submission.wave(), submission.instrumentId(),
                submission.instrumentVersion(), submission.answers());
    }
}
