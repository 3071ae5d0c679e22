package org.haven.survey.reliability;

import org.haven.survey.it.ApiClient;
import org.haven.survey.it.ServiceTestSupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The service as it is deployed: {@code java -jar target/survey-service-*.jar} in a process of its own, so a test
 * can kill it with SIGKILL (no shutdown hook, no flush) and start it again on the same port and database.
 */
final class ServiceProcess implements AutoCloseable {

    static final String RESEARCHER = "crash-it";
    static final String PASSWORD = "killed mid-sentence";
    private static final String HASH = "{bcrypt}" + new org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder(4)
            .encode(PASSWORD);

    private final Process process;
    final ApiClient api;

    private ServiceProcess(Process process, int port) {
        this.process = process;
        this.api = new ApiClient(port);
    }

    static ServiceProcess start(int port, Map<String, String> database, Path dataDir, Path log) throws Exception {
        return start(port, database, dataDir, log, List.of("-Xmx512m"));
    }

    /** With the given JVM options (heap size, diagnostics) in place of the default {@code -Xmx512m}. */
    static ServiceProcess start(int port, Map<String, String> database, Path dataDir, Path log, List<String> jvmOptions)
            throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString()));
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", jar().toString(), "--server.port=" + port,
                "--haven.data-dir=" + dataDir, "--haven.kafka.publisher.enabled=false",
                "--haven.security.researchers[0].name=" + RESEARCHER,
                "--haven.security.researchers[0].password=" + HASH,
                "--haven.privacy.master-key=" + ServiceTestSupport.TEST_MASTER_KEY,
                "--haven.import.ref-key=" + ServiceTestSupport.TEST_REF_KEY));
        database.forEach((key, value) -> command.add("--" + key + "=" + value));
        if (!database.containsKey("haven.db.pool-size")) {
            // the test JVM's own contexts hold pools on the same PostgreSQL (100 connections): a process of a test
            // needs few, and two of them beside the cached contexts would otherwise exhaust the server
            command.add("--haven.db.pool-size=5");
        }
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().put("AXONIQ_UPDATE_CHECKER_DISABLED", "true");
        ServiceProcess service = new ServiceProcess(builder.start(), port);
        service.awaitUp(log);
        return service;
    }

    private void awaitUp(Path log) throws Exception {
        // generous: on a loaded two-core machine a start has taken over two minutes
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(300);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the service exited with " + process.exitValue() + ":\n"
                        + Files.readString(log));
            }
            try {
                if (api.get("/actuator/health", null).status() == 200) {
                    return;
                }
            } catch (UncheckedIOException notYet) {
                // not listening yet
            }
            Thread.sleep(200);
        }
        process.destroyForcibly();
        throw new IllegalStateException("the service did not start in 300 s:\n" + Files.readString(log));
    }

    boolean isAlive() {
        return process.isAlive();
    }

    String researcher() {
        return ApiClient.basic(RESEARCHER, PASSWORD);
    }

    /** SIGKILL, as a power cut or the OOM killer would. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            kill();
        }
    }

    private static Path jar() throws IOException {
        Path target = Path.of("target");
        try (Stream<Path> files = Files.list(target)) {
            return files.filter(f -> f.getFileName().toString().matches("survey-service-.*\\.jar")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no survey-service jar in " + target.toAbsolutePath()
                            + ": failsafe runs after the package phase (mvn verify)"));
        }
    }
}
