package org.haven.bench.auth;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A personal API token, made the way a researcher makes one: sign in to the console, create a token on its tokens
 * page, copy it from the page that shows it once. No back door into the service.
 */
final class ConsoleToken {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern SHOWN_ONCE = Pattern.compile("id=\"shown-once\">([^<]+)<");

    private ConsoleToken() {
    }

    static String create(URI service, String researcher, String password, String label)
            throws IOException, InterruptedException {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        String signIn = form("name", researcher) + "&" + form("password", password);
        HttpResponse<String> signedIn = post(browser, service, "/console/sign-in", signIn);
        if (signedIn.statusCode() != 302) {
            throw new IllegalStateException("console sign-in answered " + signedIn.statusCode());
        }
        HttpResponse<String> created = post(browser, service, "/console/tokens", form("label", label) + "&days=1");
        Matcher token = SHOWN_ONCE.matcher(created.body());
        if (created.statusCode() != 200 || !token.find()) {
            throw new IllegalStateException("creating a token in the console answered " + created.statusCode());
        }
        return token.group(1);
    }

    /** Posts a form with the CSRF token of the page it is on (the same path, as in the console). */
    private static HttpResponse<String> post(HttpClient browser, URI service, String path, String fields)
            throws IOException, InterruptedException {
        HttpResponse<String> page = browser.send(HttpRequest.newBuilder(service.resolve(path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher csrf = CSRF.matcher(page.body());
        if (!csrf.find()) {
            throw new IllegalStateException(path + " has no form (answered " + page.statusCode() + ")");
        }
        return browser.send(HttpRequest.newBuilder(service.resolve(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(fields + "&" + form("_csrf", csrf.group(1)))).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String form(String name, String value) {
        return name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
