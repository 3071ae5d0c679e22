package org.haven.demo;

import org.haven.demo.api.ApiException;
import org.haven.demo.figures.KeyFigures;
import org.haven.demo.mail.GreenMailInbox;
import org.haven.demo.mail.MailFigures;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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

    private static void mailFigures(String[] rest) throws IOException, InterruptedException {
        if (rest.length != 4 || !rest[0].equals("--greenmail") || !rest[2].equals("--mailboxes-file")) {
            throw new IllegalArgumentException("usage: haven-demo mail-figures --greenmail API-URL --mailboxes-file FILE");
        }
        MailFigures.count(new GreenMailInbox(URI.create(rest[1])),
                Files.readAllLines(Path.of(rest[3]), StandardCharsets.UTF_8).stream()
                        .filter(line -> !line.isBlank()).toList()).print(System.out);
    }

    static int run(String[] args) {
        if (args.length == 0) {
            System.err.println("usage: haven-demo run --service URL --study-file FILE [--waves W] [--participants N]"
                    + " [--seed S] [--responses FILE.csv] [--bootstrap-servers HOST:PORT] [--topic T] [--threads T]"
                    + " [--rejections-file FILE] [--greenmail API-URL [--mail-participants M] [--mailboxes-file FILE]]\n"
                    + "       haven-demo figures --run-summary run-summary.json\n"
                    + "       haven-demo run-facts --run-summary run-summary.json\n"
                    + "       haven-demo mail-figures --greenmail API-URL --mailboxes-file FILE\n"
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
                case "mail-figures" -> mailFigures(rest);
                default -> throw new IllegalArgumentException("unknown command '" + args[0]
                        + "' (run, figures, run-facts, mail-figures, hash-password)");
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
