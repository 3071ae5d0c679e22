package org.haven.survey.questionnaire;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.haven.survey.testing.Chromium;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The browser tests' set-up: one service (the Spring context of {@link PageTestSupport}) and one headless
 * Chromium per test class; each test enrolls its own participants, so tests do not see each other's state.
 */
@ExtendWith(Chromium.class)
abstract class BrowserTestSupport extends PageTestSupport {
    private static final ObjectMapper JSON = new ObjectMapper();

    static Chromium.Browser chromium;
    ParticipantBrowser browser;

    @BeforeAll
    static void startBrowser() {
        chromium = Chromium.start(1000, 900);
    }

    @AfterAll
    static void stopBrowser() {
        if (chromium != null) {
            chromium.close();
        }
    }

    @BeforeEach
    void participantBrowser() {
        browser = new ParticipantBrowser(chromium.driver(), port());
    }

    /** The payloads of one participant's stored events of the given type, read from the event store. */
    List<JsonNode> events(String participantId, String type) {
        return storedEvents(participantId).stream()
                .filter(event -> event.payloadType().endsWith("." + type))
                .map(event -> {
                    try {
                        return JSON.readTree(event.payload());
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                })
                .toList();
    }
}
