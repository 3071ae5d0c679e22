package org.haven.analytics.export;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.haven.instrument.Composite;
import org.haven.instrument.Instrument;

import java.time.Instant;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * manifest.json (docs/data-formats.md): what a run read, what it left out and why, and the SHA-256 of every other
 * file. Components are declared in the order they are written; lists and maps are sorted here so that equal
 * runs give identical manifests.
 *
 * @param asOf      the cutoff, inclusive; null when the run used the end offsets at job start
 * @param quarantined records the operator set aside ({@code --quarantine}), by partition and offset; written only
 *                  when there are some, so a run without them gives the same manifest as before they existed
 * @param waves     ascending
 * @param offsets   by partition
 * @param variableNames item id to the variable name the syntax files give it, only for ids that are not valid
 *                  variable names in R, SPSS and Stata alike; written only when there are some
 * @param growthModelNotFitted subscale or composite to why its growth model ({@code lmm_*}) was not fitted
 * @param files     file name to lowercase hex SHA-256, by name
 */
public record Manifest(String runId, Study study, Instant asOf, String topic, List<PartitionOffsets> offsets,
                       Events events, @JsonInclude(JsonInclude.Include.NON_EMPTY) List<QuarantinedRecord> quarantined,
                       Participants participants, List<Integer> waves,
                       List<InstrumentVersion> instrumentVersions, List<CompositeDefinition> composites,
                       @JsonInclude(JsonInclude.Include.NON_EMPTY) Map<String, String> variableNames,
                       Map<String, String> growthModelNotFitted, Software software, String ranBy, Instant startedAt, Instant finishedAt,
                       Map<String, String> files) {

    public Manifest {
        offsets = offsets.stream().sorted(Comparator.comparingInt(PartitionOffsets::partition)).toList();
        quarantined = quarantined.stream().sorted(Comparator.comparingInt(QuarantinedRecord::partition)
                .thenComparingLong(QuarantinedRecord::offset)).toList();
        waves = waves.stream().sorted().toList();
        instrumentVersions = List.copyOf(instrumentVersions);
        composites = List.copyOf(composites);
        variableNames = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(variableNames));
        growthModelNotFitted = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(growthModelNotFitted));
        files = sorted(files);
    }

    /** The same manifest with the digests of the finished files, computed last. */
    public Manifest withFiles(Map<String, String> digests) {
        return new Manifest(runId, study, asOf, topic, offsets, events, quarantined, participants, waves, instrumentVersions,
                composites, variableNames, growthModelNotFitted, software, ranBy, startedAt, finishedAt, digests);
    }

    public record Study(String id, String title) {
    }

    /** Offsets read from one partition: {@code from} the first one read, {@code to} the end offset (exclusive). */
    public record PartitionOffsets(int partition, long from, long to) {
    }

    /**
     * @param excludedSubmissions reason to number of submissions left out for it
     * @param excludedRecords     reason ({@code quarantined}, {@code no_key_or_type}, {@code unreadable_without_study})
     *                            to number of records left out undecoded; written only when there are some
     */
    public record Events(long read, long used, long otherStudies, long afterCutoff, long duplicates,
                         Map<String, Long> excludedSubmissions,
                         @JsonInclude(JsonInclude.Include.NON_EMPTY) Map<String, Long> excludedRecords) {

        public Events {
            excludedSubmissions = sorted(excludedSubmissions);
            excludedRecords = sorted(excludedRecords);
        }
    }

    /**
     * A record set aside by the operator. {@code keyPid} is the pseudonym of the record's key (for a participant's
     * record, the participant's pid in the run's files), never the key itself; null when the record had none.
     */
    public record QuarantinedRecord(int partition, long offset, String keyPid, String type, String reason) {
    }

    /** @param excluded reason (e.g. {@code erased}) to number of participants left out for it */
    public record Participants(long included, Map<String, Long> excluded) {

        public Participants {
            excluded = sorted(excluded);
        }
    }

    public record InstrumentVersion(String id, int version, String title) {

        public static InstrumentVersion of(Instrument instrument) {
            return new InstrumentVersion(instrument.id(), instrument.version(), instrument.title());
        }
    }

    public record CompositeDefinition(String id, String description, List<String> subscales) {

        public CompositeDefinition {
            subscales = List.copyOf(subscales);
        }

        /** Each distinct definition once, in the order of {@code versions} (publication order). */
        public static List<CompositeDefinition> of(List<Instrument> versions) {
            return versions.stream().flatMap(instrument -> instrument.composites().stream())
                    .map(CompositeDefinition::of).distinct().toList();
        }

        public static CompositeDefinition of(Composite composite) {
            return new CompositeDefinition(composite.id(), composite.description(), composite.subscales());
        }
    }

    public record Software(String name, String version) {
    }

    private static <V> SortedMap<String, V> sorted(Map<String, V> map) {
        return Collections.unmodifiableSortedMap(new TreeMap<>(Objects.requireNonNull(map)));
    }
}
