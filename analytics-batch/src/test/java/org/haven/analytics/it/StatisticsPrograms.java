package org.haven.analytics.it;

import org.haven.testing.Ci;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** R and GNU PSPP as a researcher runs them: found on the PATH, or the test skips (fails under CI=true). */
final class StatisticsPrograms {

    private StatisticsPrograms() {
    }

    static String rscript() {
        return installed("Rscript", "r-base-core");
    }

    static String pspp() {
        return installed("pspp", "pspp");
    }

    private static String installed(String program, String debianPackage) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, program))) {
                return Path.of(dir, program).toString();
            }
        }
        Ci.skipOrFail(program + " is not installed: install the Debian package " + debianPackage
                + " (apt-get install " + debianPackage + ")");
        throw new IllegalStateException("unreachable: skipOrFail aborts the test");
    }

    /** Runs a program to its end in {@code directory}; a non-zero exit fails with its output. Lines come trimmed. */
    static List<String> run(Path directory, String... command) throws Exception {
        Process process = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("finished: " + String.join(" ", command)).isTrue();
        assertThat(process.exitValue()).as(String.join(" ", command) + "\n" + output).isZero();
        return output.lines().map(String::strip).toList();
    }
}
