package org.haven.survey.publishing;

import org.haven.survey.it.TestDatabase;
import org.junit.jupiter.api.Assumptions;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The analytics batch as an operator runs it: {@code java -jar analytics-batch/target/analytics-batch-*.jar} in a
 * process of its own. The reactor builds analytics-batch before this module, so {@code mvn verify} from the top
 * has the jar; a build of this module alone skips (and under CI=true fails) with what to run.
 */
final class BatchJar {

    record Result(int exit, String output) {
    }

    static final String EXPORT_KEY = "outage-under-load-export-key-9f2c";

    private BatchJar() {
    }

    static Path locate() throws IOException {
        Path here = Path.of("").toAbsolutePath();
        Path root = Files.isDirectory(here.resolve("analytics-batch")) ? here : here.getParent();
        Path target = root.resolve("analytics-batch").resolve("target");
        List<Path> jars = new ArrayList<>();
        if (Files.isDirectory(target)) {
            try (Stream<Path> files = Files.list(target)) {
                files.filter(f -> f.getFileName().toString().matches("analytics-batch-.*\\.jar")).forEach(jars::add);
            }
        }
        if (jars.size() != 1) {
            String reason = "the analytics batch jar is not built (" + target + " holds " + jars
                    + "): run mvn verify from the top folder, or mvn -pl analytics-batch package first";
            if (TestDatabase.runningInCi()) {
                throw new IllegalStateException(reason);
            }
            Assumptions.abort(reason);
        }
        return jars.get(0);
    }

    static Result run(Path jar, Path log, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xmx512m", "-jar", jar.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().put("HAVEN_EXPORT_KEY", EXPORT_KEY);
        builder.environment().put("AXONIQ_UPDATE_CHECKER_DISABLED", "true");
        Process process = builder.start();
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IllegalStateException("the batch did not finish in 5 minutes:\n" + Files.readString(log));
        }
        return new Result(process.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
    }
}
