package org.haven.analytics.run;

import org.haven.analytics.answers.StudyResponses;
import org.haven.analytics.export.CodebookCsv;
import org.haven.analytics.export.Pseudonyms;
import org.haven.analytics.export.ResponseDates;
import org.haven.analytics.export.ResponsesLongCsv;
import org.haven.analytics.export.ResponsesWideCsv;
import org.haven.analytics.export.ScoresLongCsv;
import org.haven.analytics.fold.DecodedEvent;
import org.haven.analytics.fold.StudyFold;
import org.haven.analytics.scoring.ScoredStudy;
import org.haven.analytics.scoring.Scoring;
import org.haven.analytics.statistics.StatisticRow;
import org.haven.analytics.statistics.StatisticsCalculator;
import org.haven.analytics.statistics.StatisticsCsv;
import org.haven.events.Actor;
import org.haven.events.participant.ParticipantEnrolled;
import org.haven.events.participant.QuestionnaireSubmitted;
import org.haven.events.participant.SubmissionSource;
import org.haven.events.study.InstrumentVersionPublished;
import org.haven.events.study.StudyCreated;
import org.haven.instrument.Instrument;
import org.haven.instrument.InstrumentLoader;
import org.haven.instrument.Item;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.TreeMap;

/**
 * The analysis step's data path without Kafka or Spring, for development: folds a synthetic ESTI study of
 * {@code participants x waves} submissions (generated one at a time, never held as a list), then pseudonymizes,
 * scores, computes the statistics and writes the CSV files, printing each stage's time and the live heap after
 * a full GC. The job itself is measured by infra/bench.sh; this isolates the analysis from reading the topic.
 * <pre>java -Xmx1g -cp ... org.haven.analytics.run.AnalysisBenchmark 100000 10 target/analysis-bench</pre>
 */
public final class AnalysisBenchmark {

    private static long mark = System.nanoTime();
    private static long cpuMark = cpu();

    public static void main(String[] args) throws Exception {
        int participants = Integer.parseInt(args[0]);
        int waves = Integer.parseInt(args[1]);
        Path folder = Path.of(args.length > 2 ? args[2] : "target/analysis-bench");
        Files.createDirectories(folder);
        StudyFold fold = new StudyFold("bench", null);
        feed(fold, participants, waves);
        stage("fold");
        Pseudonyms pseudonyms = new Pseudonyms(new byte[32]).remembering();
        StudyResponses study = AnalysisTasklet.responses(fold, pseudonyms);
        List<ResponseDates> dates = AnalysisTasklet.dates(fold, pseudonyms);
        stage("responses and dates");
        ScoredStudy scored = Scoring.score(study);
        stage("scoring");
        List<StatisticRow> rows = StatisticsCalculator.compute(scored);
        stage("statistics (" + rows.size() + " rows)");
        StatisticsCsv.write(rows, folder.resolve(StatisticsCsv.FILE_NAME));
        ScoresLongCsv.write(scored, folder.resolve(ScoresLongCsv.FILE_NAME));
        stage("statistics.csv, scores_long.csv");
        ResponsesLongCsv.write(study, dates, folder.resolve(ResponsesLongCsv.FILE_NAME));
        stage("responses_long.csv");
        ResponsesWideCsv.write(study, folder.resolve(ResponsesWideCsv.FILE_NAME));
        CodebookCsv.write(study.instruments(), folder.resolve(CodebookCsv.FILE_NAME));
        stage("responses_wide.csv, codebook.csv");
        // keep everything reachable up to here, as the job does until its files are written
        System.out.println("kept " + study.responses().size() + " responses, " + scored.scores().size() + " scores, "
                + dates.size() + " dates");
    }

    private static void feed(StudyFold fold, int participants, int waves) {
        Random random = new Random(20261126);
        Instrument esti = InstrumentLoader.esti();
        Actor researcher = Actor.researcher("bench");
        Instant start = Instant.parse("2027-01-01T00:00:00Z");
        fold.accept(new DecodedEvent(new StudyCreated("bench", "Bench", false, researcher), start));
        fold.accept(new DecodedEvent(new InstrumentVersionPublished("bench", esti, researcher), start));
        for (int p = 0; p < participants; p++) {
            String id = String.format(Locale.ROOT, "participant-%08d-%s", p, Long.toHexString(random.nextLong()));
            Instant enrolled = start.plusSeconds(60L * p);
            fold.accept(new DecodedEvent(new ParticipantEnrolled(id, "bench", enrolled, "v1", null, researcher),
                    enrolled));
            int level = 3 + random.nextInt(4);
            for (int wave = 1; wave <= waves; wave++) {
                TreeMap<String, Integer> answers = new TreeMap<>();
                for (Item item : esti.items()) {
                    int value = Math.max(1, Math.min(7, level + random.nextInt(3) - 1));
                    answers.put(item.id(), item.reverse() ? 8 - value : value);
                }
                Instant at = enrolled.plusSeconds(86_400L * 30 * wave);
                // new strings per event, as decoding each record from the topic makes them
                fold.accept(new DecodedEvent(new QuestionnaireSubmitted(new String(id), "bench", wave, "esti", 1,
                        answers, null, id + "-w" + wave, SubmissionSource.WEB, LocalDate.ofInstant(at, ZoneOffset.UTC),
                        Actor.participant(id)), at));
            }
        }
    }

    /** The main thread's CPU time: on a shared machine a steadier figure than the wall clock. */
    private static long cpu() {
        return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }

    private static void stage(String name) {
        long now = System.nanoTime();
        long cpuNow = cpu();
        System.gc();
        var heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        System.out.printf(Locale.ROOT, "%-36s %7d ms (main thread CPU %7d ms)   live heap after GC %6d MB%n", name,
                (now - mark) / 1_000_000, (cpuNow - cpuMark) / 1_000_000, heap.getUsed() >> 20);
        mark = System.nanoTime();
        cpuMark = cpu();
    }
}
