package org.haven.survey.console;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One browser over plain HTTP: its own cookies, its own address (sent as {@code X-Forwarded-For}), redirects not
 * followed so that tests see them. Forms are posted with the CSRF token of the page they come from.
 */
final class ConsoleClient {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private final String base;
    private final String address;

    ConsoleClient(int port, String address) {
        this.base = "http://127.0.0.1:" + port;
        this.address = address;
    }

    HttpResponse<String> get(String path) {
        return send(request(path).GET());
    }

    /** Posts the form fields with the CSRF token found on {@code formPage}. */
    HttpResponse<String> submit(String formPage, String action, Map<String, String> fields) {
        Map<String, String> withToken = new LinkedHashMap<>(fields);
        withToken.put("_csrf", csrf(get(formPage).body()));
        return post(action, withToken);
    }

    HttpResponse<String> post(String action, Map<String, String> fields) {
        String body = fields.entrySet().stream()
                .map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
                .collect(Collectors.joining("&"));
        return send(request(action).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** Posts fields that may repeat (rows of a form), in order, with the CSRF token found on {@code formPage}. */
    HttpResponse<String> submitRows(String formPage, String action, List<Map.Entry<String, String>> fields) {
        List<Map.Entry<String, String>> withToken = new ArrayList<>(fields);
        withToken.add(Map.entry("_csrf", csrf(get(formPage).body())));
        String body = withToken.stream().map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
                .collect(Collectors.joining("&"));
        return send(request(action).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** Uploads one file as a browser's multipart form does, with the CSRF token found on {@code formPage}. */
    HttpResponse<String> upload(String formPage, String action, String fileName, String contentType, String content) {
        return uploadWith(formPage, action, Map.of(), fileName, contentType, content);
    }

    /** Uploads one file with other fields of the same form. */
    HttpResponse<String> uploadWith(String formPage, String action, Map<String, String> fields, String fileName,
                                    String contentType, String content) {
        String boundary = "----haven" + UUID.randomUUID();
        StringBuilder parts = new StringBuilder();
        fields.forEach((field, value) -> parts.append("--").append(boundary)
                .append("\r\nContent-Disposition: form-data; name=\"").append(field).append("\"\r\n\r\n")
                .append(value).append("\r\n"));
        String body = parts + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n"
                + csrf(get(formPage).body()) + "\r\n--" + boundary
                + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName + "\"\r\n"
                + "Content-Type: " + contentType + "\r\n\r\n" + content + "\r\n--" + boundary + "--\r\n";
        return send(request(action).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
    }

    HttpResponse<String> signIn(String name, String password) {
        return submit("/console/sign-in", "/console/sign-in", Map.of("name", name, "password", password));
    }

    static String csrf(String page) {
        Matcher token = CSRF.matcher(page);
        if (!token.find()) {
            throw new AssertionError("no CSRF token in the page: " + page);
        }
        return token.group(1);
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(base + path)).header("X-Forwarded-For", address);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
