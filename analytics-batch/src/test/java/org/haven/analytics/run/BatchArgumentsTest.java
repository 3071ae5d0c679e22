package org.haven.analytics.run;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BatchArgumentsTest {

    private static final Map<String, String> KEY = Map.of("HAVEN_EXPORT_KEY", "sixteen-chars-or-more");
    private static final String STUDY = "5f0c2d1e-7a41-4c8e-9b1f-2d3c4b5a6978";

    @Test
    void refuses_a_study_that_is_not_a_study_id_and_reads_an_upper_case_one_as_the_service_writes_it() {
        for (String notAnId : new String[] {"Trust after moving", "study-1", STUDY + "x", "{" + STUDY + "}"}) {
            assertThatThrownBy(() -> BatchArguments.parse(new String[] {"--study=" + notAnId, "--out=o"}, KEY))
                    .hasMessageContaining("is not a study id").hasMessageContaining("GET /api/studies");
        }
        assertThat(BatchArguments.parse(new String[] {"--study=" + STUDY.toUpperCase(), "--out=o"}, KEY).studyId())
                .isEqualTo(STUDY);
    }

    @Test
    void the_kafka_clients_log_errors_only_unless_a_level_is_asked_for() {
        assertThat(BatchArguments.parse(new String[] {"--study=" + STUDY, "--out=o"}, KEY).kafkaLog()).isEqualTo("error");
        assertThat(BatchArguments.parse(new String[] {"--study=" + STUDY, "--out=o", "--kafka-log=INFO"}, KEY).kafkaLog())
                .isEqualTo("info");
        assertThatThrownBy(() -> BatchArguments.parse(new String[] {"--study=" + STUDY, "--out=o", "--kafka-log=loud"}, KEY))
                .hasMessageContaining("--kafka-log 'loud' is not a log level");
    }

    @Test
    void reads_every_option_with_equals_or_a_separate_value() {
        var arguments = BatchArguments.parse(new String[] {"--bootstrap-servers=10.0.0.1:9092", "--topic", "t",
                "--study=" + STUDY, "--out=runs", "--as-of=2027-03-31T23:59:59Z"}, KEY);

        assertThat(arguments.bootstrapServers()).isEqualTo("10.0.0.1:9092");
        assertThat(arguments.topic()).isEqualTo("t");
        assertThat(arguments.studyId()).isEqualTo(STUDY);
        assertThat(arguments.out()).isEqualTo(Path.of("runs"));
        assertThat(arguments.asOf()).isEqualTo(Instant.parse("2027-03-31T23:59:59Z"));
        assertThat(new String(arguments.exportKey())).isEqualTo("sixteen-chars-or-more");
    }

    @Test
    void defaults_to_the_local_broker_and_the_haven_topic() {
        var arguments = BatchArguments.parse(new String[] {"--study=" + STUDY, "--out=o"}, KEY);

        assertThat(arguments.bootstrapServers()).isEqualTo("127.0.0.1:9092");
        assertThat(arguments.topic()).isEqualTo("haven.survey.events");
        assertThat(arguments.asOf()).isNull();
    }

    @Test
    void reads_the_export_key_from_a_file(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("key");
        Files.writeString(file, "from-a-file-0123456789\n");

        var arguments = BatchArguments.parse(new String[] {"--study=" + STUDY, "--out=o", "--export-key-file=" + file}, Map.of());

        assertThat(new String(arguments.exportKey())).isEqualTo("from-a-file-0123456789");
    }

    @Test
    void reads_a_quarantine_file_of_positions_and_reasons(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("quarantine.txt");
        Files.writeString(file, "# set aside on 2027-06-02\n\n0:17 truncated record written by hand\n2:5   no headers \n");

        var arguments = BatchArguments.parse(new String[] {"--study=" + STUDY, "--out=o", "--quarantine=" + file}, KEY);

        assertThat(arguments.quarantine().reasons())
                .isEqualTo(Map.of("0:17", "truncated record written by hand", "2:5", "no headers"));
        assertThat(arguments.quarantine().reasonFor(0, 17)).isEqualTo("truncated record written by hand");
        assertThat(arguments.quarantine().reasonFor(0, 18)).isNull();
        assertThat(BatchArguments.parse(new String[] {"--study=" + STUDY, "--out=o"}, KEY).quarantine().reasons()).isEmpty();
    }

    @Test
    void a_bad_quarantine_file_names_its_line(@TempDir Path dir) throws Exception {
        Path noReason = dir.resolve("no-reason.txt");
        Files.writeString(noReason, "0:17 fine\n0:18\n");
        Path twice = dir.resolve("twice.txt");
        Files.writeString(twice, "0:17 fine\n0:017 again\n");
        Path dash = dir.resolve("dash.txt");
        Files.writeString(dash, "0-17 typo\n");

        assertThatThrownBy(() -> BatchArguments.parse(new String[] {"--study=" + STUDY, "--out=o", "--quarantine=" + noReason}, KEY))
                .isInstanceOf(BadArgumentException.class)
                .hasMessage("--quarantine " + noReason + ": line 2 '0:18' is not 'partition:offset reason'"
                        + " (e.g. '0:1234 truncated record written by hand')");
        assertThatThrownBy(() -> BatchArguments.parse(new String[] {"--study=" + STUDY, "--out=o", "--quarantine=" + twice}, KEY))
                .hasMessage("--quarantine " + twice + ": line 2 names record 0:17 a second time");
        assertThatThrownBy(() -> BatchArguments.parse(new String[] {"--study=" + STUDY, "--out=o", "--quarantine=" + dash}, KEY))
                .hasMessageContaining("line 1 '0-17 typo' is not 'partition:offset reason'");
        assertThatThrownBy(() -> BatchArguments.parse(new String[] {"--study=" + STUDY, "--out=o",
                "--quarantine=" + dir.resolve("missing.txt")}, KEY))
                .hasMessageStartingWith("cannot read --quarantine " + dir.resolve("missing.txt"));
    }

    @Test
    void names_each_problem_in_one_line() {
        assertThatThrownBy(() -> BatchArguments.parse(new String[] {"--out=o"}, KEY))
                .hasMessage("--study is required");
        assertThatThrownBy(() -> BatchArguments.parse(new String[] {"--study=" + STUDY, "--out=o", "--as-of=yesterday"}, KEY))
                .hasMessageContaining("--as-of 'yesterday' is not an ISO-8601 instant");
        assertThatThrownBy(() -> BatchArguments.parse(new String[] {"--study=" + STUDY, "--out=o", "--colour=red"}, KEY))
                .hasMessageStartingWith("unknown option --colour");
        assertThatThrownBy(() -> BatchArguments.parse(new String[] {"--study=" + STUDY, "--out=o"}, Map.of()))
                .hasMessageStartingWith("no export key: set HAVEN_EXPORT_KEY or use --export-key-file");
        assertThatThrownBy(() -> BatchArguments.parse(new String[] {"--study=" + STUDY, "--out=o"},
                Map.of("HAVEN_EXPORT_KEY", "short"))).hasMessageContaining("shorter than 16");
    }

    @Test
    void refuses_the_export_key_on_the_command_line_where_ps_shows_it() {
        assertThatThrownBy(() -> BatchArguments.parse(new String[] {"--study=" + STUDY, "--out=o", "--export-key=secret"}, KEY))
                .isInstanceOf(BadArgumentException.class)
                .hasMessageContaining("never given on the command line");
    }
}
