package org.haven.demo;

import org.haven.demo.api.ApiException;
import org.haven.demo.figures.KeyFigures;

import java.io.IOException;
import java.nio.file.Path;

/**
 * {@code java -jar haven-demo.jar run ...} fills a new study through the service's HTTP API;
 * {@code java -jar haven-demo.jar figures --run-summary FILE} prints a run's key figures from its run-summary.json,
 * and {@code run-facts --run-summary FILE} its folder, id, study and timings as {@code key=value} lines for
 * scripts. Exit 0 on success,
 * 1 when a step fails, 2 on bad options; the last line of a failure names the step.
 */
public final class DemoMain {

    private DemoMain() {
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    private static Path runSummary(String command, String[] rest) {
        if (rest.length != 2 || !rest[0].equals("--run-summary")) {
            throw new IllegalArgumentException("usage: haven-demo " + command + " --run-summary run-summary.json");
        }
        return Path.of(rest[1]);
    }

    static int run(String[] args) {
        if (args.length == 0) {
            System.err.println("usage: haven-demo run --service URL --study-file FILE [--waves W] [--participants N]"
                    + " [--seed S] [--responses FILE.csv] [--bootstrap-servers HOST:PORT] [--topic T] [--threads T]"
                    + " [--rejections-file FILE]\n"
                    + "       haven-demo figures --run-summary run-summary.json\n"
                    + "       haven-demo run-facts --run-summary run-summary.json\n"
                    + "       haven-demo hash-password < password");
            return 2;
        }
        String[] rest = java.util.Arrays.copyOfRange(args, 1, args.length);
        try {
            switch (args[0]) {
                case "run" -> new DemoRun(DemoOptions.parse(rest, System.getenv()), System.out).run();
                case "hash-password" -> System.out.println(PasswordHash.fromStandardInput());
                case "figures" -> KeyFigures.read(runSummary(args[0], rest)).print(System.out);
                case "run-facts" -> KeyFigures.read(runSummary(args[0], rest)).printFacts(System.out);
                default -> throw new IllegalArgumentException("unknown command '" + args[0]
                        + "' (run, figures, run-facts, hash-password)");
            }
            return 0;
        } catch (IllegalArgumentException bad) {
            System.err.println("haven-demo: " + bad.getMessage());
            return 2;
        } catch (ApiException | IllegalStateException | IOException failed) {
            System.err.println("haven-demo: " + failed.getMessage());
            return 1;
        } catch (InterruptedException interrupted) {
            System.err.println("haven-demo: interrupted");
            return 1;
        }
    }
}
