package org.haven.analytics.run;

import org.haven.analytics.AnalyticsBatchApplication;
import org.haven.analytics.export.Manifest;
import org.haven.analytics.fold.Exclusion;
import org.haven.analytics.fold.FoldCounts;
import org.haven.analytics.fold.StudyFold;
import org.haven.analytics.replay.TopicReader;
import org.haven.analytics.statistics.Response;
import org.haven.analytics.statistics.StudyResponses;
import org.springframework.batch.core.JobExecution;
import org.springframework.batch.core.StepExecution;

import java.time.Instant;
import java.time.ZoneOffset;
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
                        counts.duplicates(), labelled(fold.excludedSubmissions())),
                new Manifest.Participants(included, labelled(fold.excludedParticipants())),
                waves,
                study.instruments().stream().map(Manifest.InstrumentVersion::of).toList(),
                Manifest.CompositeDefinition.of(study.instruments()),
                growthModelNotFitted,
                new Manifest.Software("haven-analytics-batch", version()),
                job.getJobParameters().getString("ranBy"),
                job.getStartTime() == null ? null : job.getStartTime().toInstant(ZoneOffset.UTC),
                Instant.now(),
                Map.of());
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
