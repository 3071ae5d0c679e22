package org.haven.bench.report;

import java.util.List;

/** The replay tables: the job's phases against the bare consumer loops of the same run. */
final class ReplaySection {

    private ReplaySection() {
    }

    static void add(List<String> md, Results r) {
        md.add("## 2. Replay");
        md.add("");
        md.add("Topic with " + Format.number(r.number("replay.topic_records")) + " records on "
                + r.text("replay.partitions") + " partitions: one study, " + Format.number(r.number("replay.participants"))
                + " participants × " + r.text("replay.waves") + " waves of full ESTI QuestionnaireSubmitted events, "
                + "preceded by the study's StudyCreated, WaveScheduled, InstrumentVersionPublished and each "
                + "participant's ParticipantEnrolled, written by the service's own serializer and record format "
                + "(`EventRecords`, `KafkaClients.producer`, lz4). Seeding took " + Format.number(r.number("replay.seed.seconds"))
                + " s (not part of any figure).");
        md.add("");
        double bare = BenchmarksReport.bareRate(r);
        double job = r.number("replay.job.read_fold_stats_rate");
        md.add("| what | time | events/s | ÷ bare loop (decode) |");
        md.add("|---|---|---|---|");
        md.add("| bare KafkaConsumer loop, poll + header only | " + s(r, "replay.bare_raw.seconds") + " | "
                + Format.number(r.number("replay.bare_raw.rate")) + " | |");
        md.add("| bare KafkaConsumer loop, poll + EventCodec decode + count by type (before the job) | "
                + s(r, "replay.bare.seconds") + " | " + Format.number(r.number("replay.bare.rate")) + " | |");
        md.add("| the same loop after the job | " + s(r, "replay.bare_after.seconds") + " | "
                + Format.number(r.number("replay.bare_after.rate")) + " | |");
        md.add("| job step `replay` (read + decode + fold + fold journal) | " + s(r, "replay.job.replay_s") + " | "
                + Format.number(r.number("replay.job.replay_rate")) + " | " + Format.ratio(r.number("replay.job.replay_rate"), bare) + " |");
        md.add("| job: read + fold + statistics (replay step + scoring and statistics) | "
                + Format.number(r.number("replay.job.replay_s") + r.number("replay.job.statistics_s")) + " s | "
                + Format.number(job) + " | " + Format.ratio(job, bare) + " |");
        if (r.has("replay.job.growth_model_s")) {
            md.add("| of which the growth model (REML fits of every subscale and composite) | "
                    + s(r, "replay.job.growth_model_s") + " | | "
                    + Format.number(100 * r.number("replay.job.growth_model_s") / r.number("replay.job.replay_s"))
                    + " % of the replay step |");
        }
        md.add("| dataset writing (CSV files, codebook, report, manifest), reported separately | "
                + s(r, "replay.job.files_s") + " | | |");
        md.add("| whole job process, wall clock (JVM and Spring start, both steps, all files) | "
                + s(r, "replay.job.seconds") + " | " + Format.number(r.number("replay.topic_records") / r.number("replay.job.seconds"))
                + " | |");
        md.add("");
        if (r.has("replay.job.failed")) {
            md.add("**The replay job failed**: `" + r.text("replay.job.failed") + "`");
            md.add("");
        }
        md.add("The bare-loop baseline in the targets is the faster of the two decode runs. Events by type (bare loop): `"
                + r.text("replay.bare.by_type") + "`.");
        md.add("");
    }

    private static String s(Results r, String key) {
        return Format.number(r.number(key)) + " s";
    }
}
