package org.haven.demo;

import org.haven.demo.api.ApiException;
import org.haven.demo.figures.KeyFigures;

import java.io.IOException;
import java.nio.file.Path;

/**
 * {@code java -jar haven-demo.jar run ...} fills a new study through the service's HTTP API;
 * {@code java -jar haven-demo.jar figures --statistics FILE} prints a run's key figures. Exit 0 on success,
 * 1 when a step fails, 2 on bad options; the last line of a failure names the step.
 */
public final class DemoMain {

    private DemoMain() {
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    static int run(String[] args) {
        if (args.length == 0) {
            System.err.println("usage: haven-demo run --service URL --study-file FILE [--waves W] [--participants N]"
                    + " [--seed S] [--responses FILE.csv] [--bootstrap-servers HOST:PORT] [--topic T] [--threads T]"
                    + " [--rejections-file FILE]\n"
                    + "       haven-demo figures --statistics statistics.csv\n"
                    + "       haven-demo hash-password < password");
            return 2;
        }
        String[] rest = java.util.Arrays.copyOfRange(args, 1, args.length);
        try {
            switch (args[0]) {
                case "run" -> new DemoRun(DemoOptions.parse(rest, System.getenv()), System.out).run();
                case "hash-password" -> System.out.println(PasswordHash.fromStandardInput());
                case "figures" -> {
                    if (rest.length != 2 || !rest[0].equals("--statistics")) {
                        throw new IllegalArgumentException("usage: haven-demo figures --statistics statistics.csv");
                    }
                    KeyFigures.read(Path.of(rest[1])).print(System.out);
                }
                default -> throw new IllegalArgumentException("unknown command '" + args[0] + "' (run, figures, hash-password)");
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
