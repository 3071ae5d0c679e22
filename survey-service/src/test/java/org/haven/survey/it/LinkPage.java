package org.haven.survey.it;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What a browser gets from {@code GET /p} before it posts the personal token: the cookies to send back and the
 * CSRF token with its header name, read from the page's meta tags as the page's script does.
 */
public record LinkPage(String cookies, List<String> setCookies, String csrfHeader, String csrfToken) {

    private static final Pattern META = Pattern.compile("<meta name=\"(_csrf(?:_header)?)\" content=\"([^\"]*)\"");

    public static LinkPage open(HttpClient http, String base) throws IOException, InterruptedException {
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(base + "/p")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        if (page.statusCode() != 200) {
            throw new IllegalStateException("GET /p answered " + page.statusCode());
        }
        return of(page.headers().allValues("Set-Cookie"), page.body());
    }

    public static LinkPage of(List<String> setCookies, String html) {
        String header = null;
        String token = null;
        Matcher meta = META.matcher(html);
        while (meta.find()) {
            if (meta.group(1).equals("_csrf")) {
                token = meta.group(2);
            } else {
                header = meta.group(2);
            }
        }
        String cookies = setCookies.stream().map(cookie -> cookie.split(";", 2)[0]).collect(Collectors.joining("; "));
        return new LinkPage(cookies, setCookies, header, token);
    }
}
