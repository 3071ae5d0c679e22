package org.haven.bench.report;

import org.haven.bench.Args;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes BENCHMARKS.md from the results file of one bench.sh run (and an optional notes file with the profiles
 * and observations the script collected): machine, command, figures with their targets, ratios to the
 * baselines measured in the same run.
 */
public final class BenchmarksReport {

    private BenchmarksReport() {
    }

    public static void run(Args args) throws IOException {
        Results results = Results.read(Path.of(args.text("results")));
        String notes = args.text("notes", "");
        String extra = notes.isEmpty() || !Files.exists(Path.of(notes)) ? ""
                : Files.readString(Path.of(notes), StandardCharsets.UTF_8);
        Files.writeString(Path.of(args.text("out")), markdown(results, extra), StandardCharsets.UTF_8);
    }

    public static String markdown(Results r, String notes) {
        List<String> md = new ArrayList<>();
        boolean quick = !"full".equals(r.text("run.mode"));
        md.add("# Haven benchmarks" + (quick ? " — QUICK RUN (smaller sizes, short holds: not the committed figures)" : ""));
        md.add("");
        md.add("Written by `infra/bench.sh` on " + r.text("run.started") + " (UTC); the whole run took "
                + Format.number(r.number("run.seconds")) + " s. Every ratio below compares figures measured in this same run.");
        md.add("");
        md.add("## Machine");
        md.add("");
        md.add("| | |");
        md.add("|---|---|");
        md.add("| CPU | " + r.text("machine.cpu") + " (`nproc` = " + r.text("machine.nproc") + ") |");
        md.add("| RAM | " + r.text("machine.ram") + " |");
        md.add("| OS | " + r.text("machine.os") + " |");
        md.add("| Java | " + r.text("machine.java") + " |");
        md.add("| load average (1/5/15 min) | at start " + r.text("machine.load_start") + "; at the end "
                + r.text("machine.load_end") + " |");
        md.add("| free disk at start | " + r.text("run.disk_free_gb") + " GB |");
        md.add("");
        md.add("Command: `" + r.text("run.command") + "`");
        md.add("");
        md.add("## Targets");
        md.add("");
        md.add("| target | measured | bound | verdict |");
        md.add("|---|---|---|---|");
        for (Target target : targets(r)) {
            md.add(target.row());
        }
        md.add("");
        IngestSection.add(md, r);
        ReplaySection.add(md, r);
        MemorySection.add(md, r);
        if (AuthSection.measured(r)) {
            AuthSection.add(md, r, "## 4. Scripted enrollment: API token against HTTP Basic");
        }
        if (!notes.isBlank()) {
            md.add("## Notes and profiles");
            md.add("");
            md.add(notes.strip());
            md.add("");
        }
        return String.join("\n", md) + "\n";
    }

    static List<Target> targets(Results r) {
        double saturation = r.number("ingest.saturation.topic_rate");
        double jobRate = r.number("replay.job.read_fold_stats_rate");
        List<Target> targets = new ArrayList<>();
        targets.add(new Target("ingest end to end, sustained (events on the topic, saturation)", saturation, "submissions/s", 2_000, true));
        targets.add(new Target("ingest HTTP p99 at the fixed rate of " + Format.number(r.number("ingest.fixed.offered_rate"))
                + "/s (target rate 1,000/s)", r.number("ingest.fixed.http_p99_ms"), "ms", 50, false));
        targets.add(new Target("ingest end to end / in-process CommandGateway baseline",
                saturation / r.number("inprocess.topic_rate"), "×", 0.8, true));
        targets.add(new Target("replay: job read + fold + statistics / bare KafkaConsumer loop",
                jobRate / bareRate(r), "×", 0.8, true));
        targets.add(new Target("replay: whole job, all files, the replay topic (wall clock, JVM start included)",
                r.number("replay.job.seconds"), "s", 60, false));
        if (r.has("replay.job.growth_model_s")) {
            targets.add(new Target("replay: growth model fitting / replay step (issue: adds at most 20%)",
                    r.number("replay.job.growth_model_s") / r.number("replay.job.replay_s"), "×", 0.2, false));
        }
        targets.add(new Target("memory: participant sizes completed under -Xmx1g",
                r.number("memory.completed"), "of 3", 3, true));
        if (AuthSection.measured(r)) {
            targets.add(AuthSection.target(r));
        }
        return targets;
    }

    /** The stricter baseline: the faster of the bare loop runs before and after the job. */
    static double bareRate(Results r) {
        double before = r.number("replay.bare.rate");
        double after = r.number("replay.bare_after.rate");
        if (Double.isNaN(after)) {
            return before;
        }
        return Double.isNaN(before) ? after : Math.max(before, after);
    }
}
