package org.haven.analytics.run;

import org.haven.analytics.AnalyticsBatchApplication;
import org.haven.analytics.answers.Response;
import org.haven.analytics.answers.StudyResponses;
import org.haven.analytics.export.Manifest;
import org.haven.analytics.export.Pseudonyms;
import org.haven.analytics.fold.Exclusion;
import org.haven.analytics.fold.FoldCounts;
import org.haven.analytics.fold.StudyFold;
import org.haven.analytics.replay.Quarantine;
import org.haven.analytics.replay.StudyTriage;
import org.haven.analytics.replay.TopicReader;
import org.haven.analytics.syntax.SyntaxFiles;
import org.springframework.batch.core.JobExecution;
import org.springframework.batch.core.StepExecution;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Gathers what the manifest says about a run: its input, what was used and left out, and who ran it. */
final class ManifestFacts {

    private ManifestFacts() {
    }

    static Manifest of(JobExecution job, StudyFold fold, StudyResponses study, RunSettings settings,
                       Map<String, String> growthModelNotFitted) {
        var arguments = settings.arguments();
        FoldCounts counts = fold.counts();
        List<Manifest.PartitionOffsets> offsets = replayStep(job)
                .map(step -> TopicReader.endOffsets(step.getExecutionContext()))
                .orElse(Map.of()).entrySet().stream()
                .map(end -> new Manifest.PartitionOffsets(end.getKey(), 0, end.getValue()))
                .toList();
        List<Integer> waves = study.responses().stream().map(Response::wave).distinct().sorted().toList();
        long included = study.responses().stream().map(Response::pid).distinct().count();
        return new Manifest(
                job.getJobParameters().getString("runId"),
                new Manifest.Study(arguments.studyId(), fold.study().map(s -> s.title()).orElse(null)),
                arguments.asOf(),
                arguments.topic(),
                offsets,
                new Manifest.Events(counts.read(), counts.used(), counts.otherStudies(), counts.afterCutoff(),
                        counts.duplicates(), labelled(fold.excludedSubmissions()), counts.excludedRecords()),
                quarantined(job, new Pseudonyms(settings.exportKey())),
                new Manifest.Participants(included, labelled(fold.excludedParticipants())),
                waves,
                study.instruments().stream().map(Manifest.InstrumentVersion::of).toList(),
                Manifest.CompositeDefinition.of(study.instruments()),
                SyntaxFiles.variableNames(study.instruments()),
                growthModelNotFitted,
                new Manifest.Software("haven-analytics-batch", version()),
                job.getJobParameters().getString("ranBy"),
                startedAt(job.getStartTime()),
                Instant.now(),
                Map.of());
    }

    /** Spring Batch 5 stamps an execution with {@code LocalDateTime.now()}: a time in the JVM's own zone, not UTC. */
    static Instant startedAt(LocalDateTime start) {
        return start == null ? null : start.atZone(ZoneId.systemDefault()).toInstant();
    }

    /** The records the operator set aside, their keys pseudonymized: a participant's key is a participant id. */
    private static List<Manifest.QuarantinedRecord> quarantined(JobExecution job, Pseudonyms pseudonyms) {
        return replayStep(job).map(step -> StudyTriage.quarantined(step.getExecutionContext())).orElse(List.of())
                .stream()
                .map(record -> new Manifest.QuarantinedRecord(record.partition(), record.offset(),
                        record.key() == null ? null : pseudonyms.of(record.key()), record.type(), record.reason()))
                .toList();
    }

    /**
     * Every record the operator named was set aside by this run; else the list does not describe this topic (a typo,
     * a rebuilt topic) or a resumed run had read the record before it was named, and the run must not pass for one
     * that left it out.
     */
    static void requireQuarantinedRead(JobExecution job, Quarantine quarantine) {
        if (quarantine.reasons().isEmpty()) {
            return;
        }
        var setAside = replayStep(job).map(step -> StudyTriage.quarantined(step.getExecutionContext()))
                .orElse(List.of()).stream().map(record -> record.partition() + ":" + record.offset())
                .collect(java.util.stream.Collectors.toSet());
        Map<Integer, Long> ends = replayStep(job).map(step -> TopicReader.endOffsets(step.getExecutionContext()))
                .orElse(Map.of());
        for (String position : quarantine.reasons().keySet()) {
            if (!setAside.contains(position)) {
                int partition = Integer.parseInt(position.substring(0, position.indexOf(':')));
                throw new IllegalStateException("--quarantine names record " + position + ", but this run read"
                        + " no record there: " + (ends.containsKey(partition)
                        ? "partition " + partition + " ends at offset " + ends.get(partition) + " for this run"
                        : "the topic has no partition " + partition)
                        + " (or a resumed run had read it before the quarantine named it: start a new run with another --out)");
            }
        }
    }

    private static Optional<StepExecution> replayStep(JobExecution job) {
        return job.getStepExecutions().stream().filter(step -> step.getStepName().equals("replay")).findFirst();
    }

    private static Map<String, Long> labelled(Map<Exclusion, Long> byReason) {
        Map<String, Long> labelled = new TreeMap<>();
        byReason.forEach((reason, count) -> labelled.put(reason.label(), count));
        return labelled;
    }

    private static String version() {
        return Optional.ofNullable(AnalyticsBatchApplication.class.getPackage().getImplementationVersion())
                .orElse("development");
    }
}
