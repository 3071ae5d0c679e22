package org.haven.bench.report;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class BenchmarksReportTest {

    @Test
    void formats_large_figures_with_separators_and_small_ones_with_three_digits() {
        assertThat(Format.number(2345.6)).isEqualTo("2,346");
        assertThat(Format.number(12.3456)).isEqualTo("12.3");
        assertThat(Format.number(0.8123)).isEqualTo("0.812");
        assertThat(Format.number(Double.NaN)).isEqualTo("n/a");
        assertThat(Format.ratio(900, 1000)).isEqualTo("0.90 ×");
        assertThat(Format.ratio(900, Double.NaN)).isEqualTo("n/a");
        assertThat(Format.ratio(95, 26000)).isEqualTo("0.004 ×");
    }

    @Test
    void a_target_is_reached_only_on_the_right_side_of_its_bound_and_never_when_missing() {
        assertThat(new Target("rate", 2000, "/s", 2000, true).verdict()).isEqualTo("reached");
        assertThat(new Target("rate", 1999, "/s", 2000, true).verdict()).isEqualTo("**missed**");
        assertThat(new Target("p99", 51, "ms", 50, false).verdict()).isEqualTo("**missed**");
        assertThat(new Target("p99", Double.NaN, "ms", 50, false).verdict()).isEqualTo("not measured");
    }

    @Test
    void the_report_computes_ratios_against_baselines_of_the_same_run() {
        Results results = Results.of(Map.of(
                "run.mode", "full",
                "ingest.saturation.topic_rate", "800",
                "inprocess.topic_rate", "1000",
                "replay.job.read_fold_stats_rate", "90000",
                "replay.bare.rate", "100000",
                "replay.bare_after.rate", "120000",
                "replay.job.seconds", "45",
                "memory.completed", "3"));
        String md = BenchmarksReport.markdown(results, "profile: most time in jackson");
        assertThat(md).doesNotContain("QUICK");
        assertThat(md).contains("| ingest end to end / in-process CommandGateway baseline | 0.8 × | ≥ 0.8 × | reached |");
        // the stricter of the two bare-loop runs is the baseline: 90,000 / 120,000
        assertThat(md).contains("| replay: job read + fold + statistics / bare KafkaConsumer loop | 0.75 × | ≥ 0.8 × | **missed** |");
        assertThat(md).contains("| ingest end to end, sustained (events on the topic, saturation) | 800 submissions/s | ≥ 2,000 submissions/s | **missed** |");
        assertThat(md).contains("profile: most time in jackson");
    }

    @Test
    void a_quick_run_says_so_in_its_title() {
        assertThat(BenchmarksReport.markdown(Results.of(Map.of("run.mode", "quick")), "")).startsWith("# Haven benchmarks — QUICK RUN");
    }

    @Test
    void the_api_token_section_appears_with_its_figures_and_compares_them_in_the_targets() {
        Results results = Results.of(Map.of("run.mode", "full", "auth.threads", "4", "auth.hold_s", "20",
                "auth.basic_rate", "2.5", "auth.bearer_rate", "60"));
        String md = BenchmarksReport.markdown(results, "");
        assertThat(md).contains("## 4. Scripted enrollment: API token against HTTP Basic",
                "| API token (Bearer) | 60 | 24.00 × |",
                "| " + AuthSection.TARGET + " | 24 × | ≥ 20 × | reached |");
        assertThat(BenchmarksReport.markdown(Results.of(Map.of("run.mode", "full")), ""))
                .as("no section without the figures").doesNotContain("API token");
    }
}
