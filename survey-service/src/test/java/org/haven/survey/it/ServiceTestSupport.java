package org.haven.survey.it;

import com.fasterxml.jackson.databind.JsonNode;
import org.haven.survey.SurveyServiceApplication;
import org.haven.testing.Ci;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Shared set-up of the service's integration tests: the whole application on a random port, a researcher
 * account, and plain-JDBC access to the event store to count and read what was really stored.
 */
@SpringBootTest(classes = SurveyServiceApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class ServiceTestSupport {

    protected static final String RESEARCHER = "it-researcher";
    protected static final String PASSWORD = "correct horse battery staple";
    /** A fixed 256-bit master key for tests (a deployment takes it from HAVEN_PRIVACY_MASTER_KEY). */
    public static final String TEST_MASTER_KEY = "aGF2ZW4taW50ZWdyYXRpb24tdGVzdC1tYXN0ZXItayE=";
    /** A fixed import-reference key for tests (a deployment takes it from HAVEN_IMPORT_REF_KEY). */
    public static final String TEST_REF_KEY = "aGF2ZW4taW50ZWdyYXRpb24tdGVzdC1pbXBvcnQtcmVmIQ==";
    protected static final String ESTI_PATH = "/instruments/builtin/esti-v1";

    @LocalServerPort
    int port;

    @Autowired
    protected DataSource dataSource;

    protected ApiClient api;

    protected static void researcherAccount(DynamicPropertyRegistry registry) {
        // These flows need no broker; the publisher has tests of its own.
        registry.add("haven.kafka.publisher.enabled", () -> "false");
        String hash = "{bcrypt}" + new BCryptPasswordEncoder(4).encode(PASSWORD);
        registry.add("haven.security.researchers[0].name", () -> RESEARCHER);
        registry.add("haven.security.researchers[0].password", () -> hash);
        registry.add("haven.import.max-bytes", () -> "20000");
        registry.add("haven.privacy.master-key", () -> TEST_MASTER_KEY);
        registry.add("haven.import.ref-key", () -> TEST_REF_KEY);
    }

    @BeforeEach
    void client() {
        api = new ApiClient(port);
    }

    @Test
    void runs_on_postgresql_when_ci_is_set() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            String url = connection.getMetaData().getURL();
            if (Ci.running()) {
                assertThat(url).startsWith("jdbc:postgresql:");
            }
            if (url.startsWith("jdbc:h2:")) {
                assertThat(TestDatabase.postgresAvailable()).as("H2 only stands in when PostgreSQL is missing").isFalse();
            }
        }
    }

    protected int port() {
        return port;
    }

    protected String researcher() {
        return ApiClient.basic(RESEARCHER, PASSWORD);
    }

    protected String createStudy(boolean importsMayEnroll, String wavesJson) {
        return createStudy(researcher(), importsMayEnroll, wavesJson);
    }

    /** Creates a study as the given researcher (who then owns it) and publishes ESTI v1 in it. */
    protected String createStudy(String researcher, boolean importsMayEnroll, String wavesJson) {
        var created = api.postJson("/api/studies", researcher,
                "{\"title\":\"Integration study\",\"importsMayEnroll\":" + importsMayEnroll + ",\"waves\":" + wavesJson + "}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String studyId = created.json().get("studyId").asText();
        var published = api.post("/api/studies/" + studyId + "/instruments/builtin/esti-v1", researcher,
                "application/json", new byte[0]);
        assertThat(published.status()).as(published.body()).isEqualTo(201);
        return studyId;
    }

    /** Enrolls a participant in the study, as the given researcher or the default one. */
    protected Enrolled enroll(String studyId) {
        return enroll(studyId, researcher());
    }

    protected Enrolled enroll(String studyId, String researcher) {
        var enrolled = api.postJson("/api/studies/" + studyId + "/participants", researcher,
                "{\"consentFormVersion\":\"consent-v1\"}");
        assertThat(enrolled.status()).as(enrolled.body()).isEqualTo(201);
        return new Enrolled(enrolled.json().get("participantId").asText(), enrolled.json().get("token").asText());
    }

    /** Events in the store, counted with plain JDBC. */
    protected long eventCount() {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM domainevententry")) {
            rows.next();
            return rows.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    protected record StoredEvent(String payloadType, String revision, byte[] payload) {
    }

    /** The events of one aggregate, in order, as stored. */
    protected List<StoredEvent> storedEvents(String aggregateId) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement("SELECT payloadtype, payloadrevision, payload"
                     + " FROM domainevententry WHERE aggregateidentifier = ? ORDER BY sequencenumber")) {
            query.setString(1, aggregateId);
            List<StoredEvent> events = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    events.add(new StoredEvent(rows.getString(1), rows.getString(2), rows.getBytes(3)));
                }
            }
            return events;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Sends a request that must be refused with {@code status} and a problem detail, and checks that it stored
     * no event (counted before and after with plain JDBC).
     */
    protected ApiClient.Response refused(int status, Supplier<ApiClient.Response> request) {
        long before = eventCount();
        ApiClient.Response response = request.get();
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.contentType()).as(response.body()).startsWith("application/problem+json");
        assertThat(eventCount()).as("events stored by a refused request: " + response.body()).isEqualTo(before);
        return response;
    }

    protected static String problemFields(JsonNode problem) {
        return problem == null || problem.get("errors") == null ? "" : problem.get("errors").toString();
    }
}
