package org.haven.analytics.it;

import org.haven.analytics.AnalyticsBatchApplication;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** The batch in a JVM of its own, as an operator runs it, whose output the test reads line by line. */
final class BatchProcess {

    private final Process process;
    private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    private final List<String> all = new ArrayList<>();

    private BatchProcess(Process process) {
        this.process = process;
        Thread pump = new Thread(() -> {
            try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8))) {
                for (String line = out.readLine(); line != null; line = out.readLine()) {
                    lines.add(line);
                }
            } catch (IOException ignored) {
                // the process was killed
            }
        }, "batch-output");
        pump.setDaemon(true);
        pump.start();
    }

    static BatchProcess start(String exportKey, Path log, List<String> args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-cp", System.getProperty("java.class.path"), AnalyticsBatchApplication.class.getName()));
        command.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("HAVEN_EXPORT_KEY", exportKey);
        return new BatchProcess(builder.start());
    }

    /** The next output line, or null when the process ended (or nothing came for the timeout). */
    String nextLine(long timeoutSeconds) throws InterruptedException {
        String line = lines.poll(timeoutSeconds, TimeUnit.SECONDS);
        if (line != null) {
            all.add(line);
        }
        return line;
    }

    void kill() throws InterruptedException {
        process.destroyForcibly(); // SIGKILL: no shutdown hook, no chance to tidy up
        process.waitFor(30, TimeUnit.SECONDS);
    }

    int waitFor(long timeoutSeconds) throws InterruptedException {
        if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("the batch did not finish in " + timeoutSeconds + " s:\n" + output());
        }
        String line;
        while ((line = lines.poll(2, TimeUnit.SECONDS)) != null) {
            all.add(line);
        }
        return process.exitValue();
    }

    String output() {
        return String.join("\n", all);
    }
}
