package org.haven.survey.it;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Sends a request body over a plain socket at a steady pace and records how much of it had been sent when the
 * answer came, and how much the server took in all. A server that refuses a body without reading it answers
 * after a few kilobytes and then drops the connection; one that reads it answers only after the last byte.
 */
public final class SlowUpload {

    /** What happened: the status and the rest of the answer (headers and body), and the bytes sent before it and in all. */
    public record Outcome(int status, String response, long sentWhenAnswered, long sentInAll, long bodyLength,
                          Duration answeredAfter) {

        public boolean answeredBeforeTheBodyWasSent() {
            return sentWhenAnswered < bodyLength;
        }
    }

    private static final int PIECE = 16 * 1024;

    private SlowUpload() {
    }

    /**
     * @param filler  one byte pattern repeated to make the body (e.g. "a" or YAML lines)
     * @param chunked send {@code Transfer-Encoding: chunked} instead of a {@code Content-Length}
     */
    public static Outcome post(int port, String path, Map<String, String> headers, String prefix, String filler,
                               long bodyLength, boolean chunked) throws IOException, InterruptedException {
        byte[] piece = piece(new byte[0], filler);
        byte[] first = piece(prefix.getBytes(StandardCharsets.UTF_8), filler);
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSendBufferSize(PIECE);
            socket.setSoTimeout(60_000);
            StringBuilder head = new StringBuilder("POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\n");
            headers.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
            head.append(chunked ? "Transfer-Encoding: chunked\r\n" : "Content-Length: " + bodyLength + "\r\n");
            head.append("Connection: close\r\n\r\n");
            OutputStream out = socket.getOutputStream();
            out.write(head.toString().getBytes(StandardCharsets.US_ASCII));
            out.flush();

            AtomicLong sent = new AtomicLong();
            long started = System.nanoTime();
            Thread writer = new Thread(() -> write(out, first, piece, bodyLength, chunked, sent), "slow-upload");
            writer.setDaemon(true);
            writer.start();

            InputStream in = new BufferedInputStream(socket.getInputStream());
            String statusLine = line(in);
            long sentWhenAnswered = sent.get();
            Duration answeredAfter = Duration.ofNanos(System.nanoTime() - started);
            String response = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            writer.join(30_000);
            int status = Integer.parseInt(statusLine.split(" ")[1]);
            return new Outcome(status, response, sentWhenAnswered, sent.get(), bodyLength, answeredAfter);
        }
    }

    /** A piece of the body: the start, then the filler repeated. */
    private static byte[] piece(byte[] start, String filler) {
        byte[] unit = filler.getBytes(StandardCharsets.UTF_8);
        byte[] piece = Arrays.copyOf(start, PIECE);
        for (int i = start.length; i < PIECE; i++) {
            piece[i] = unit[(i - start.length) % unit.length];
        }
        return piece;
    }

    private static void write(OutputStream out, byte[] first, byte[] piece, long bodyLength, boolean chunked,
                              AtomicLong sent) {
        try {
            long left = bodyLength;
            byte[] data = first;
            while (left > 0) {
                int n = (int) Math.min(left, data.length);
                if (chunked) {
                    out.write((Integer.toHexString(n) + "\r\n").getBytes(StandardCharsets.US_ASCII));
                }
                out.write(data, 0, n);
                if (chunked) {
                    out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
                }
                out.flush();
                left -= n;
                sent.addAndGet(n);
                data = piece;
                Thread.sleep(10); // about 1.6 MB/s: a refusal that reads nothing comes long before the end
            }
            if (chunked) {
                out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                out.flush();
            }
        } catch (IOException dropped) {
            // the server closed the connection: it did not want the rest
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String line(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int b = in.read(); b >= 0 && b != '\n'; b = in.read()) {
            if (b != '\r') {
                line.write(b);
            }
        }
        return line.toString(StandardCharsets.US_ASCII);
    }
}
