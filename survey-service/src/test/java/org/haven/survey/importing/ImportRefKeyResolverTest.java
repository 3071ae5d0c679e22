package org.haven.survey.importing;

import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import java.util.HexFormat;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The embedded H2 demo's side of the import-reference key: the key file, and the move out of the database. */
class ImportRefKeyResolverTest {

    private static final String OLD_KEY = Base64.getEncoder().encodeToString(new byte[32]);
    private static final String OTHER_KEY = Base64.getEncoder().encodeToString("another key, thirty-two bytes!!!"
            .getBytes(StandardCharsets.US_ASCII));

    @TempDir
    Path dataDir;

    private JdbcTemplate jdbc;

    @BeforeEach
    void migratedDatabase() {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        Flyway.configure().dataSource(h2).locations("classpath:db/migration/h2", "classpath:db/migration/common")
                .load().migrate();
        jdbc = new JdbcTemplate(h2);
    }

    @Test
    void the_demo_without_a_configured_key_generates_an_owner_only_key_file_and_keeps_using_it() throws Exception {
        ImportRefKey first = resolve("");
        Path file = dataDir.resolve("import-ref-key");

        assertThat(Base64.getDecoder().decode(Files.readString(file).strip())).hasSize(32);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(resolve("").hash("study", "P-001")).isEqualTo(first.hash("study", "P-001"));
        assertThat(storedKeys()).isZero();
    }

    @Test
    void the_demo_moves_the_key_an_earlier_version_stored_into_the_key_file_so_old_hashes_still_match() throws Exception {
        storeOldKey(OLD_KEY);

        ImportRefKey key = resolve("");

        assertThat(key.hash("study-1", "P-001")).isEqualTo(oldHash(OLD_KEY, "study-1", "P-001"));
        assertThat(Files.readString(dataDir.resolve("import-ref-key")).strip()).isEqualTo(OLD_KEY);
        assertThat(storedKeys()).as("key rows left in service_secret").isZero();
    }

    @Test
    void a_configured_key_equal_to_the_stored_one_moves_it_out_of_the_database() {
        storeOldKey(OLD_KEY);

        ImportRefKey key = resolve(OLD_KEY);

        assertThat(key.hash("study-1", "P-001")).isEqualTo(oldHash(OLD_KEY, "study-1", "P-001"));
        assertThat(storedKeys()).isZero();
        assertThat(dataDir.resolve("import-ref-key")).doesNotExist();
    }

    @Test
    void refuses_a_configured_key_other_than_the_stored_one_and_leaves_the_stored_key_in_place() {
        storeOldKey(OLD_KEY);

        assertThatThrownBy(() -> resolve(OTHER_KEY)).isInstanceOf(ImportRefKeyException.class)
                .hasMessageContaining("differs from the import-reference key an earlier version stored");
        assertThat(storedKeys()).isOne();
    }

    @Test
    void refuses_a_key_other_than_the_one_the_references_were_hashed_with_after_the_move() {
        storeOldKey(OLD_KEY);
        resolve(OLD_KEY);

        assertThatThrownBy(() -> resolve(OTHER_KEY)).isInstanceOf(ImportRefKeyException.class)
                .hasMessageContaining("is not the key this database's import references were hashed with");
        assertThat(resolve(OLD_KEY).hash("s", "r")).isEqualTo(oldHash(OLD_KEY, "s", "r"));
    }

    @Test
    void refuses_a_key_that_is_not_base64_or_too_short() {
        assertThatThrownBy(() -> resolve("not base64!")).hasMessageContaining("is not valid Base64");
        assertThatThrownBy(() -> resolve("c2hvcnQ=")).hasMessageContaining("at least 16 are needed");
    }

    private ImportRefKey resolve(String configured) {
        return new ImportRefKeyResolver(jdbc, configured, dataDir).resolve();
    }

    /** As versions before the move generated it: a row of service_secret. */
    private void storeOldKey(String key) {
        jdbc.update("INSERT INTO service_secret (name, secret_value) VALUES ('import-ref-key', ?)", key);
    }

    private int storedKeys() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM service_secret WHERE name = 'import-ref-key'", Integer.class);
    }

    /** The reference hash exactly as versions before the move computed it. */
    private static String oldHash(String key, String studyId, String ref) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(Base64.getDecoder().decode(key), "HmacSHA256"));
            mac.update(studyId.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            return HexFormat.of().formatHex(mac.doFinal(ref.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
