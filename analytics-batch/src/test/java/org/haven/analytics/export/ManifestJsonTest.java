package org.haven.analytics.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ManifestJsonTest {

    private static final String SHA256_OF_ABC = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";
    private static final String SHA256_OF_NOTHING = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

    @TempDir
    Path folder;

    @Test
    void writes_every_field_in_the_documented_order_with_sorted_lists_and_maps_pretty_printed_with_lf()
            throws IOException {
        Files.writeString(folder.resolve("statistics.csv"), "abc");
        Files.createFile(folder.resolve("codebook.csv"));
        Path file = folder.resolve(ManifestJson.FILE_NAME);

        ManifestJson.write(manifest(null).withFiles(FileDigests.ofRunFolder(folder)), file);

        assertThat(ExportFiles.text(file)).isEqualTo("""
                {
                  "runId": "20270701-020000-study-42",
                  "study": {
                    "id": "study-42",
                    "title": "Trust, over time"
                  },
                  "asOf": null,
                  "topic": "haven.events",
                  "offsets": [
                    {
                      "partition": 0,
                      "from": 0,
                      "to": 120
                    },
                    {
                      "partition": 1,
                      "from": 0,
                      "to": 95
                    }
                  ],
                  "events": {
                    "read": 215,
                    "used": 180,
                    "otherStudies": 20,
                    "afterCutoff": 0,
                    "duplicates": 3,
                    "excludedSubmissions": {
                      "erased": 8,
                      "withdrew_use_of_collected_data": 4
                    }
                  },
                  "participants": {
                    "included": 40,
                    "excluded": {
                      "erased": 2,
                      "withdrew_use_of_collected_data": 1
                    }
                  },
                  "waves": [
                    1,
                    2
                  ],
                  "instrumentVersions": [
                    {
                      "id": "tiny",
                      "version": 1,
                      "title": "Tiny, v1"
                    },
                    {
                      "id": "tiny",
                      "version": 2,
                      "title": "Tiny, v2"
                    }
                  ],
                  "composites": [
                    {
                      "id": "safety",
                      "description": "mean of respect and listening",
                      "subscales": [
                        "respect",
                        "listening"
                      ]
                    }
                  ],
                  "growthModelNotFitted": {
                    "calm": "scores at 2 wave(s); the growth model needs at least 3"
                  },
                  "software": {
                    "name": "haven-analytics-batch",
                    "version": "0.1.0-SNAPSHOT"
                  },
                  "ranBy": "researcher",
                  "startedAt": "2027-07-01T02:00:00Z",
                  "finishedAt": "2027-07-01T02:03:17.250Z",
                  "files": {
                    "codebook.csv": "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
                    "statistics.csv": "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
                  }
                }
                """);
        assertThat(folder.resolve(".manifest.json.partial")).doesNotExist();
    }

    @Test
    void a_reader_finds_the_figures_at_their_documented_paths() throws IOException {
        Path file = folder.resolve(ManifestJson.FILE_NAME);

        ManifestJson.write(manifest(Instant.parse("2027-06-30T23:59:59Z")), file);

        JsonNode root = new ObjectMapper().readTree(file.toFile());
        List<String> fields = new ArrayList<>();
        root.fieldNames().forEachRemaining(fields::add);
        assertThat(fields).containsExactly("runId", "study", "asOf", "topic", "offsets", "events", "participants",
                "waves", "instrumentVersions", "composites", "growthModelNotFitted", "software", "ranBy", "startedAt",
                "finishedAt", "files");
        assertThat(root.at("/asOf").asText()).isEqualTo("2027-06-30T23:59:59Z");
        assertThat(root.at("/files/statistics.csv").asText()).isEqualTo(SHA256_OF_ABC);
        assertThat(root.at("/participants/excluded/erased").asLong()).isEqualTo(2);
        assertThat(root.at("/events/excludedSubmissions/withdrew_use_of_collected_data").asLong()).isEqualTo(4);
        assertThat(root.at("/offsets/1/partition").asInt()).isEqualTo(1);
        assertThat(root.at("/offsets/1/to").asLong()).isEqualTo(95);
        assertThat(root.at("/instrumentVersions/1/version").asInt()).isEqualTo(2);
        assertThat(root.at("/composites/0/subscales/1").asText()).isEqualTo("listening");
    }

    @Test
    void records_set_aside_are_written_after_the_events_by_partition_and_offset_with_their_counts() throws IOException {
        Manifest manifest = manifest(null, List.of(
                new Manifest.QuarantinedRecord(1, 7, null, null, "no headers at all"),
                new Manifest.QuarantinedRecord(0, 12, "8cb714b66d2d53ef", "org.haven.events.participant.QuestionnaireSubmitted",
                        "truncated by hand")), Map.of("quarantined", 2L, "no_key_or_type", 1L));

        String json = ManifestJson.toJson(manifest);

        assertThat(json).contains(String.join("\n",
                "    \"excludedRecords\": {",
                "      \"no_key_or_type\": 1,",
                "      \"quarantined\": 2",
                "    }",
                "  },",
                "  \"quarantined\": [",
                "    {",
                "      \"partition\": 0,",
                "      \"offset\": 12,",
                "      \"keyPid\": \"8cb714b66d2d53ef\",",
                "      \"type\": \"org.haven.events.participant.QuestionnaireSubmitted\",",
                "      \"reason\": \"truncated by hand\"",
                "    },",
                "    {",
                "      \"partition\": 1,",
                "      \"offset\": 7,",
                "      \"keyPid\": null,",
                "      \"type\": null,",
                "      \"reason\": \"no headers at all\"",
                "    }",
                "  ],",
                "  \"participants\": {"));
    }

    private static Manifest manifest(Instant asOf) {
        return manifest(asOf, List.of(), Map.of());
    }

    /** Lists and maps given out of order, so that the test sees the sorting. */
    private static Manifest manifest(Instant asOf, List<Manifest.QuarantinedRecord> quarantined,
                                     Map<String, Long> excludedRecords) {
        return new Manifest("20270701-020000-study-42", new Manifest.Study("study-42", "Trust, over time"), asOf,
                "haven.events",
                List.of(new Manifest.PartitionOffsets(1, 0, 95), new Manifest.PartitionOffsets(0, 0, 120)),
                new Manifest.Events(215, 180, 20, 0, 3,
                        Map.of("withdrew_use_of_collected_data", 4L, "erased", 8L), excludedRecords),
                quarantined,
                new Manifest.Participants(40, Map.of("withdrew_use_of_collected_data", 1L, "erased", 2L)),
                List.of(2, 1),
                List.of(Manifest.InstrumentVersion.of(TinyStudy.v1()), Manifest.InstrumentVersion.of(TinyStudy.v2())),
                Manifest.CompositeDefinition.of(List.of(TinyStudy.v1(), TinyStudy.v2())),
                Map.of(),
                Map.of("calm", "scores at 2 wave(s); the growth model needs at least 3"),
                new Manifest.Software("haven-analytics-batch", "0.1.0-SNAPSHOT"), "researcher",
                Instant.parse("2027-07-01T02:00:00Z"), Instant.parse("2027-07-01T02:03:17.250Z"),
                Map.of("statistics.csv", SHA256_OF_ABC, "codebook.csv", SHA256_OF_NOTHING));
    }
}
