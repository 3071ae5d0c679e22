package org.haven.demo.mail;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Writer;
import java.io.OutputStreamWriter;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo's reading of mailboxes against the real GreenMail standalone server that infra/demo.sh runs, in a
 * process of its own (the pom copies its jar to target/greenmail), fed over plain SMTP.
 */
class GreenMailInboxTest {

    private static final Path JAR = Path.of("target", "greenmail", "greenmail-standalone.jar");
    private static final String TOKEN = "Qx7_b-3kLmN0pQrStUvWxYz0123456789abcdEFGHij";

    private static Process server;
    private static int smtpPort;
    private static URI api;

    @BeforeAll
    static void startGreenMail() throws Exception {
        assertThat(JAR).as("copied by the pom's greenmail-standalone execution").exists();
        smtpPort = freePort();
        int apiPort = freePort();
        api = URI.create("http://127.0.0.1:" + apiPort);
        server = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx128m",
                "-Dgreenmail.smtp.hostname=127.0.0.1", "-Dgreenmail.smtp.port=" + smtpPort,
                "-Dgreenmail.api.hostname=127.0.0.1", "-Dgreenmail.api.port=" + apiPort, "-Dgreenmail.auth.disabled",
                "-jar", JAR.toString())
                .redirectErrorStream(true).redirectOutput(Files.createTempFile("greenmail", ".log").toFile()).start();
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (true) {
            try {
                HttpResponse<String> ready = http.send(HttpRequest.newBuilder(api.resolve("/api/service/readiness"))
                        .build(), HttpResponse.BodyHandlers.ofString());
                if (ready.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            assertThat(server.isAlive()).as("GreenMail is running").isTrue();
            assertThat(System.nanoTime()).as("GreenMail ready within 60 s").isLessThan(deadline);
            Thread.sleep(200);
        }
    }

    @AfterAll
    static void stopGreenMail() throws InterruptedException {
        if (server != null) {
            server.destroy();
            server.waitFor();
        }
    }

    @Test
    void delivered_contact_mails_are_read_with_their_kind_round_and_token_and_counted() throws Exception {
        String anna = "anna-" + UUID.randomUUID() + "@example.org";
        String ben = "ben-" + UUID.randomUUID() + "@example.org";
        send(anna, "Study link", "round 1 of your study is open: http://127.0.0.1:8080/p#" + TOKEN.substring(0, 30)
                + "=\r\n" + TOKEN.substring(30) + "\r\nStop: http://127.0.0.1:8080/p/stop#" + TOKEN + "\r\n");
        send(anna, "A reminder from your study", "round 1 of your study is still open: http://127.0.0.1:8080/p#"
                + TOKEN + "\r\n");
        send(anna, "Something else", "round 2: http://127.0.0.1:8080/p#" + TOKEN + "\r\n");
        send(ben, "Study link", "round 2 of your study is open: http://127.0.0.1:8080/p#" + TOKEN + "\r\n");
        GreenMailInbox inbox = new GreenMailInbox(api);

        assertThat(inbox.contactMails(anna)).containsExactly(
                new DeliveredMail(DeliveredMail.Kind.INVITATION, 1, TOKEN),
                new DeliveredMail(DeliveredMail.Kind.REMINDER, 1, TOKEN));
        assertThat(inbox.contactMails("nobody-" + UUID.randomUUID() + "@example.org")).isEmpty();
        assertThat(MailFigures.count(inbox, List.of(anna, ben))).isEqualTo(new MailFigures(2, 2, 1));
    }

    /** Plain SMTP, as the service's relay connection speaks it. */
    private static void send(String to, String subject, String quotedPrintableBody) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", smtpPort);
             BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(),
                     StandardCharsets.US_ASCII));
             Writer out = new OutputStreamWriter(socket.getOutputStream(), StandardCharsets.US_ASCII)) {
            expect(in, "220");
            for (String[] step : new String[][] {{"HELO demo-test", "250"}, {"MAIL FROM:<study-team@example.org>", "250"},
                    {"RCPT TO:<" + to + ">", "250"}, {"DATA", "354"}}) {
                out.write(step[0] + "\r\n");
                out.flush();
                expect(in, step[1]);
            }
            out.write("From: study-team@example.org\r\nTo: " + to + "\r\nSubject: " + subject + "\r\n"
                    + "Content-Type: text/plain; charset=UTF-8\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n"
                    + quotedPrintableBody + ".\r\n");
            out.flush();
            expect(in, "250");
            out.write("QUIT\r\n");
            out.flush();
        }
    }

    private static void expect(BufferedReader in, String code) throws IOException {
        String line;
        do {
            line = in.readLine();
            assertThat(line).as("SMTP reply").isNotNull().startsWith(code);
        } while (line.charAt(3) == '-');
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
