package org.haven.bench.report;

import java.util.List;

/** The ingest tables: both load phases end to end, and the two baselines of the same run. */
final class IngestSection {

    private IngestSection() {
    }

    static void add(List<String> md, Results r) {
        md.add("## 1. Ingest, end to end");
        md.add("");
        md.add("A load generator in its own JVM (`haven-bench ingest`) sends complete ESTI submissions ("
                + r.text("ingest.items_per_submission") + " items) over HTTP, each participant with their own token, to "
                + "the survey-service on PostgreSQL with the local broker. A submission counts when its "
                + "QuestionnaireSubmitted record is on the topic (a consumer in the generator matches submission ids). "
                + "Saturation: closed loop, " + r.text("ingest.concurrency") + " concurrent requests. Fixed rate: open loop at "
                + "min(1,000/s, 70% of the saturation rate); latencies from each submission's scheduled send time "
                + "(no coordinated omission). Each rate held after a 5 s warm-up.");
        md.add("");
        md.add("| phase | held | on topic/s (sustained) | HTTP OK/s | HTTP p50 / p95 / p99 / max | send → topic p50 / p95 / p99 | errors |");
        md.add("|---|---|---|---|---|---|---|");
        for (String phase : List.of("saturation", "fixed")) {
            String p = "ingest." + phase + ".";
            String label = phase.equals("fixed")
                    ? "fixed rate, " + Format.number(r.number("ingest.fixed.offered_rate")) + "/s offered" : "saturation";
            md.add("| " + label + " | " + Format.number(r.number(p + "held_s")) + " s | "
                    + Format.number(r.number(p + "topic_rate")) + " | " + Format.number(r.number(p + "http_rate")) + " | "
                    + ms(r, p + "http_p50_ms") + " / " + ms(r, p + "http_p95_ms") + " / " + ms(r, p + "http_p99_ms") + " / "
                    + ms(r, p + "http_max_ms") + " | " + ms(r, p + "topic_p50_ms") + " / " + ms(r, p + "topic_p95_ms")
                    + " / " + ms(r, p + "topic_p99_ms") + " | " + r.text(p + "errors") + " |");
        }
        md.add("");
        double e2e = r.number("ingest.saturation.topic_rate");
        double inProcess = r.number("inprocess.topic_rate");
        double inProcessCommands = r.number("inprocess.command_rate");
        double jdbc1 = r.number("jdbc.batch1.rate");
        double jdbc100 = r.number("jdbc.batch100.rate");
        md.add("Baselines in the same run (same PostgreSQL database, same broker, same ESTI events):");
        md.add("");
        md.add("| baseline | figure | end to end ÷ baseline |");
        md.add("|---|---|---|");
        md.add("| in-process: the same SubmitQuestionnaire commands through Axon's CommandGateway, "
                + r.text("inprocess.threads") + " threads, no HTTP (on topic/s) | " + Format.number(inProcess) + " | "
                + Format.ratio(e2e, inProcess) + " |");
        md.add("| in-process, commands answered/s | " + Format.number(inProcessCommands) + " | " + Format.ratio(e2e, inProcessCommands) + " |");
        md.add("| plain JDBC batch inserts of the same serialized events, 1 per transaction, "
                + r.text("jdbc.threads") + " threads | " + Format.number(jdbc1) + " | " + Format.ratio(e2e, jdbc1) + " |");
        md.add("| plain JDBC batch inserts, 100 per transaction (the storage limit) | " + Format.number(jdbc100) + " | "
                + Format.ratio(e2e, jdbc100) + " |");
        md.add("");
        md.add("Enrollment (researcher API, 8 threads, between phases, not measured as ingest): "
                + Format.number(r.number("ingest.enroll_rate")) + " participants/s.");
        md.add("");
    }

    private static String ms(Results r, String key) {
        return Format.number(r.number(key)) + " ms";
    }
}
