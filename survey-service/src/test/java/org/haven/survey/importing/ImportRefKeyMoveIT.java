package org.haven.survey.importing;

import org.haven.survey.it.ApiClient;
import org.haven.survey.it.ServiceTestSupport;
import org.haven.survey.it.TestDatabase;
import org.haven.survey.publishing.RunningService;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

/**
 * Upgrading a PostgreSQL deployment whose import-reference key an earlier version generated into the database:
 * the service refuses to start until the key is configured, the export command prints it, and once the service
 * runs with it the database no longer holds the key while every stored reference and tombstone still matches.
 */
class ImportRefKeyMoveIT {

    private static final String KEY = ServiceTestSupport.TEST_REF_KEY;
    private static final String OTHER_KEY = "c29tZSBvdGhlciBrZXksIG5vdCB0aGUgc3RvcmVkIG9uZSE=";
    private static final String ADMIN = "refkey-dpo";
    private static final String ADMIN_PASSWORD = "tombstones must hold";
    private static final String FILE = "participant_ref,wave,item_id,value\n"
            + "PAPER-ANNA-1961,1,trust_1,5\n"
            + "PAPER-BORIS-1974,1,trust_1,3\n"
            + "PAPER-CLARA-1988,1,trust_1,6\n";

    @Test
    void after_the_key_moves_out_of_the_database_an_imported_reference_is_still_known_and_an_erased_one_refused() {
        Map<String, String> database = TestDatabase.properties();
        assumeThat(database.get("spring.datasource.url")).as("the refusal applies to PostgreSQL only")
                .startsWith("jdbc:postgresql:");
        SingleConnectionDataSource connection = new SingleConnectionDataSource(database.get("spring.datasource.url"),
                database.get("spring.datasource.username"), database.get("spring.datasource.password"), true);
        try {
            moveKey(database, new JdbcTemplate(connection));
        } finally {
            connection.destroy();
        }
    }

    private void moveKey(Map<String, String> database, JdbcTemplate jdbc) {
        // (a) Import three references and erase one participant; then leave the database as a version before the
        // move did: the key in service_secret, no check value. The hash is the same HMAC in both versions
        // (ImportRefKeyResolverTest compares it with the old computation).
        String studyId;
        try (RunningService service = start(database, KEY)) {
            studyId = createStudy(service);
            var imported = importFile(service, studyId);
            assertThat(imported.json().get("stored").asInt()).as(imported.body()).isEqualTo(3);
            String boris = participantOf(jdbc, studyId, "PAPER-BORIS-1974");
            var erased = service.api.postJson("/api/studies/" + studyId + "/participants/" + boris + "/erasure",
                    ApiClient.basic(ADMIN, ADMIN_PASSWORD), "{}");
            assertThat(erased.status()).as(erased.body()).isEqualTo(200);
        }
        jdbc.update("DELETE FROM key_check WHERE name = 'import-ref-key'");
        jdbc.update("INSERT INTO service_secret (name, secret_value) VALUES ('import-ref-key', ?)", KEY);

        // (b) Without the key configured, or with another one, the service refuses to start and changes nothing.
        assertRefused(database, "", "The import-reference key is still in the database",
                "--export-import-ref-key");
        assertRefused(database, OTHER_KEY, "differs from the import-reference key an earlier version stored", null);
        assertThat(storedKeys(jdbc)).isOne();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = ImportRefKeyExport.run(arguments(database, "--export-import-ref-key"), print(out), print(err));
        assertThat(exit).as(err.toString(StandardCharsets.UTF_8)).isZero();
        String exported = out.toString(StandardCharsets.UTF_8);
        assertThat(exported).isEqualTo(KEY + System.lineSeparator());

        // (c) With the exported key configured: the key leaves the database, the references still match.
        try (RunningService service = start(database, exported.strip())) {
            assertThat(storedKeys(jdbc)).as("import-reference keys left in service_secret").isZero();
            long participants = participants(jdbc, studyId);
            var again = importFile(service, studyId);
            assertThat(again.json().get("alreadyImported").asInt()).as(again.body()).isEqualTo(2);
            assertThat(again.json().get("stored").asInt()).isZero();
            assertThat(again.json().get("rejected").asInt()).isEqualTo(1);
            assertThat(again.json().at("/errors/0/line").asInt()).isEqualTo(3);
            assertThat(again.json().at("/errors/0/reason").asText()).contains("erased");
            assertThat(participants(jdbc, studyId)).as("nobody enrolled anew").isEqualTo(participants);
        }
        String dump = String.join("\n", jdbc.queryForList("SELECT secret_value FROM service_secret", String.class));
        assertThat(dump).doesNotContain(KEY);

        // Moved: now a missing key, or another instance with another key, is refused as well.
        assertRefused(database, "", "haven.import.ref-key (HAVEN_IMPORT_REF_KEY) is not set", "openssl rand");
        assertRefused(database, OTHER_KEY, "is not the key this database's import references were hashed with",
                "same key on every instance");
        assertThat(ImportRefKeyExport.run(arguments(database, "--export-import-ref-key"), print(out), print(err)))
                .isOne();
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("The database holds no import-reference key");
    }

    private static void assertRefused(Map<String, String> database, String key, String problem, String action) {
        assertThatThrownBy(() -> start(database, key).close())
                .hasRootCauseInstanceOf(ImportRefKeyException.class)
                .rootCause().hasMessageContaining(problem)
                .satisfies(e -> {
                    if (action != null) {
                        assertThat(((ImportRefKeyException) e).action()).contains(action);
                    }
                });
    }

    private static RunningService start(Map<String, String> database, String key) {
        // a small pool: the PostgreSQL server is shared with the other tests
        Map<String, String> properties = new HashMap<>(Map.of("haven.kafka.publisher.enabled", "false",
                "haven.db.pool-size", "4",
                "haven.import.ref-key", key,
                "haven.security.researchers[1].name", ADMIN,
                "haven.security.researchers[1].password", "{bcrypt}" + new BCryptPasswordEncoder(4).encode(ADMIN_PASSWORD),
                "haven.security.researchers[1].roles[0]", "ADMIN"));
        return RunningService.start(database, properties);
    }

    private static String createStudy(RunningService service) {
        String studyId = service.api.postJson("/api/studies", service.researcher(),
                "{\"title\":\"Key move\",\"importsMayEnroll\":true,\"waves\":[{\"type\":\"always\"}]}")
                .json().get("studyId").asText();
        service.api.post("/api/studies/" + studyId + "/instruments/builtin/esti-v1", service.researcher(),
                "application/json", new byte[0]);
        return studyId;
    }

    private static ApiClient.Response importFile(RunningService service, String studyId) {
        return service.api.post("/api/studies/" + studyId + "/imports", service.researcher(), "text/csv",
                FILE.getBytes(StandardCharsets.UTF_8));
    }

    private static String participantOf(JdbcTemplate jdbc, String studyId, String ref) {
        return jdbc.queryForObject("SELECT participant_id FROM import_ref WHERE study_id = ? AND ref_hash = ?",
                String.class, studyId, ImportRefKey.decode(KEY, "test").hash(studyId, ref));
    }

    private static long participants(JdbcTemplate jdbc, String studyId) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM participant WHERE study_id = ?", Long.class, studyId);
    }

    private static int storedKeys(JdbcTemplate jdbc) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM service_secret WHERE name = 'import-ref-key'", Integer.class);
    }

    private static String[] arguments(Map<String, String> database, String command) {
        List<String> args = new ArrayList<>(List.of(command));
        database.forEach((name, value) -> args.add("--" + name + "=" + value));
        return args.toArray(String[]::new);
    }

    private static PrintStream print(ByteArrayOutputStream bytes) {
        bytes.reset();
        return new PrintStream(bytes, true, StandardCharsets.UTF_8);
    }
}
