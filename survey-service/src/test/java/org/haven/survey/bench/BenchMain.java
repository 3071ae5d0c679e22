package org.haven.survey.bench;

/**
 * Benchmark tools that need the service's own classes, run by infra/bench.sh on the test classpath (never by
 * mvn verify): {@code inprocess} (the CommandGateway baseline of the ingest benchmark) and {@code seed} (the
 * replay topic, written with the service's serializer and record format).
 */
public final class BenchMain {

    private BenchMain() {
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("axoniq.update-checker.disabled", "true");
        System.setProperty("disable-axoniq-console-message", "true");
        BenchOptions options = BenchOptions.parse(args);
        switch (args.length == 0 ? "" : args[0]) {
            case "inprocess" -> InProcessIngest.run(options);
            case "seed" -> TopicSeeder.run(options);
            default -> {
                System.err.println("usage: BenchMain inprocess|seed --name value ...");
                System.exit(2);
            }
        }
        System.exit(0);
    }
}
