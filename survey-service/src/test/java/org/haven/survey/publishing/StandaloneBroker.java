package org.haven.survey.publishing;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * A real Kafka broker in its own process on fixed ports, driven through {@code infra/kafka.sh}: the script
 * operators use is the one the outage test stops and starts. Its data folder survives a restart.
 */
final class StandaloneBroker implements AutoCloseable {

    private final Path script;
    private final Path dir;
    private final int port;
    private final int controllerPort;

    private StandaloneBroker(Path script, Path dir, int port, int controllerPort) {
        this.script = script;
        this.dir = dir;
        this.port = port;
        this.controllerPort = controllerPort;
    }

    static StandaloneBroker create() throws IOException {
        Path script = repositoryRoot().resolve("infra").resolve("kafka.sh");
        if (!Files.isRegularFile(script)) {
            throw new IllegalStateException("infra/kafka.sh not found from " + Path.of("").toAbsolutePath());
        }
        return new StandaloneBroker(script, Files.createTempDirectory("haven-kafka-it"), freePort(), freePort());
    }

    String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    int start() {
        return run("start");
    }

    int stop() {
        return run("stop");
    }

    int status() {
        return run("status");
    }

    boolean portOpen() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
            return true;
        } catch (IOException closed) {
            return false;
        }
    }

    @Override
    public void close() {
        stop();
    }

    private int run(String command) {
        try {
            ProcessBuilder builder = new ProcessBuilder("bash", script.toString(), command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve("kafka-sh.out").toFile()));
            builder.environment().put("KAFKA_PORT", String.valueOf(port));
            builder.environment().put("KAFKA_CONTROLLER_PORT", String.valueOf(controllerPort));
            builder.environment().put("KAFKA_DIR", dir.toString());
            builder.environment().put("KAFKA_HEAP", "-Xmx512m");
            Process process = builder.start();
            if (!process.waitFor(180, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("infra/kafka.sh " + command + " did not finish in 180 s");
            }
            return process.exitValue();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Path repositoryRoot() {
        Path here = Path.of("").toAbsolutePath();
        return Files.isDirectory(here.resolve("infra")) ? here : here.getParent();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
