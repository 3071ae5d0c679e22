package org.haven.survey.questionnaire;

import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

/** A harmless-looking local website for the quick exit to land on, on its own port (another origin). */
final class NeutralSite implements AutoCloseable {

    static final String HEADING = "Weather today";

    private final HttpServer server;

    NeutralSite() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", exchange -> {
            byte[] page = ("<!DOCTYPE html><html lang=\"en\"><head><title>Weather</title></head><body><h1>"
                    + HEADING + "</h1><p>Sunny spells.</p></body></html>").getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, page.length);
            try (OutputStream body = exchange.getResponseBody()) {
                body.write(page);
            }
        });
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/weather";
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
