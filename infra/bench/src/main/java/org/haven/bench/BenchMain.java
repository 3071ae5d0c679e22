package org.haven.bench;

import org.haven.bench.auth.EnrollAuthBenchmark;
import org.haven.bench.ingest.IngestBenchmark;
import org.haven.bench.ingest.JdbcBaseline;
import org.haven.bench.memory.GcLogPeak;
import org.haven.bench.profile.JfrTop;
import org.haven.bench.replay.BareConsumerLoop;
import org.haven.bench.report.BenchmarksReport;

import java.util.Arrays;

/** The tools infra/bench.sh runs, one per sub-command; each appends its figures to a results file. */
public final class BenchMain {

    private BenchMain() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 0) {
            System.err.println("usage: haven-bench ingest|enroll-auth|jdbc|bare-consumer|gc-peak|report --option value ...");
            System.exit(2);
        }
        Args options = new Args(args, 1);
        switch (args[0]) {
            case "ingest" -> IngestBenchmark.run(options);
            case "jdbc" -> JdbcBaseline.run(options);
            case "enroll-auth" -> EnrollAuthBenchmark.run(options);
            case "bare-consumer" -> BareConsumerLoop.run(options);
            case "gc-peak" -> GcLogPeak.run(options);
            case "report" -> BenchmarksReport.run(options);
            case "jfr-top" -> JfrTop.run(options);
            default -> {
                System.err.println("haven-bench: unknown command " + args[0] + " in " + Arrays.toString(args));
                System.exit(2);
            }
        }
        System.exit(0);
    }
}
