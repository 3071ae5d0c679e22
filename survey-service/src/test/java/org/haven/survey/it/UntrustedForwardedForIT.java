package org.haven.survey.it;

import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Without {@code server.forward-headers-strategy} the service is not told it sits behind a proxy, so an
 * {@code X-Forwarded-For} header is the client's own claim: the throttle counts the connection's address.
 */
class UntrustedForwardedForIT extends ServiceTestSupport {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.register(registry);
        researcherAccount(registry);
    }

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void a_made_up_forwarded_address_does_not_escape_the_throttle() throws Exception {
        for (int i = 0; i < 5; i++) {
            assertThat(signIn("203.0.113." + i).statusCode()).isEqualTo(401);
        }

        HttpResponse<String> sixth = signIn("203.0.113.99");

        assertThat(sixth.statusCode()).as(sixth.body()).isEqualTo(429);
        assertThat(sixth.headers().firstValue("Retry-After")).isPresent();
    }

    private HttpResponse<String> signIn(String forwardedFor) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(api.base() + "/api/studies"))
                .header("Authorization", ApiClient.basic("mallory", "guess"))
                .header("X-Forwarded-For", forwardedFor)
                .GET().build(), HttpResponse.BodyHandlers.ofString());
    }
}
