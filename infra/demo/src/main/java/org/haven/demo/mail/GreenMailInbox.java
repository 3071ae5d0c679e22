package org.haven.demo.mail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The mailboxes of the demo's local SMTP server, GreenMail standalone, read through its REST API
 * ({@code GET /api/user/{address}/messages/INBOX}): what was really delivered, whatever the service believes
 * it sent. With authentication off, GreenMail opens a mailbox for every recipient on first delivery.
 */
public final class GreenMailInbox {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final URI api;

    public GreenMailInbox(URI api) {
        this.api = api;
    }

    /** The contact mails in the address's inbox, oldest first; none while nothing was delivered to it. */
    public List<DeliveredMail> contactMails(String address) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(api.resolve("/api/user/"
                        + URLEncoder.encode(address, StandardCharsets.UTF_8) + "/messages/INBOX"))
                .timeout(Duration.ofSeconds(30)).header("Accept", "application/json").GET().build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (response.statusCode() == 400 || response.statusCode() == 404) {
            return List.of(); // no mailbox yet: nothing delivered
        }
        if (response.statusCode() != 200) {
            // the status only: the body could hold mail content
            throw new IOException("GreenMail answered HTTP " + response.statusCode() + " when reading a mailbox");
        }
        List<DeliveredMail> mails = new ArrayList<>();
        for (JsonNode message : JSON.readTree(response.body())) {
            DeliveredMail.parse(message.path("subject").asText(null), message.path("mimeMessage").asText(null))
                    .ifPresent(mails::add);
        }
        return mails;
    }
}
