package org.haven.survey.privacy;

import org.haven.events.EncryptedValue;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** AES-256-GCM field encryption under per-participant keys, and what destroying a key does. */
class FieldCipherTest {

    private JdbcTemplate jdbc;
    private FieldCipher cipher;

    @BeforeEach
    void keyTable() {
        jdbc = new JdbcTemplate(new DriverManagerDataSource("jdbc:h2:mem:keys-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1"));
        jdbc.execute("CREATE TABLE participant_data_key (participant_id VARCHAR(64) PRIMARY KEY, key_id VARCHAR(64),"
                + " nonce BYTEA, wrapped_key BYTEA, created_at TIMESTAMP WITH TIME ZONE)");
        byte[] master = "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
        cipher = new FieldCipher(new DataKeys(jdbc, new SecretKeySpec(master, "AES")));
    }

    @Test
    void decrypts_to_the_original_text_and_never_stores_it() {
        EncryptedValue value = cipher.encrypt("p1", "alice@example.org");

        assertThat(cipher.decrypt("p1", value)).contains("alice@example.org");
        assertThat(new String(value.ciphertext(), StandardCharsets.ISO_8859_1)).doesNotContain("alice");
        assertThat(value.nonce()).hasSize(12);
        byte[] wrapped = jdbc.queryForObject("SELECT wrapped_key FROM participant_data_key", byte[].class);
        assertThat(wrapped).hasSize(32 + 16); // the data key under GCM, tag included: never the raw key
    }

    @Test
    void each_participant_has_a_key_of_their_own() {
        cipher.encrypt("p1", "x");
        cipher.encrypt("p2", "y");
        cipher.encrypt("p1", "z");

        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM participant_data_key", Long.class)).isEqualTo(2);
    }

    @Test
    void a_ciphertext_cannot_be_passed_off_as_another_participants() {
        EncryptedValue mine = cipher.encrypt("p1", "mine");
        cipher.encrypt("p2", "theirs");
        String keyOfP2 = jdbc.queryForObject("SELECT key_id FROM participant_data_key WHERE participant_id = 'p2'",
                String.class);

        assertThat(cipher.decrypt("p2", mine)).as("another key id").isEmpty();
        EncryptedValue relabelled = new EncryptedValue(keyOfP2, mine.nonce(), mine.ciphertext());
        assertThatThrownBy(() -> cipher.decrypt("p2", relabelled)).hasMessageContaining("AES-GCM decryption failed");
    }

    @Test
    void a_tampered_ciphertext_is_refused() {
        EncryptedValue value = cipher.encrypt("p1", "intact");
        byte[] tampered = value.ciphertext();
        tampered[0] ^= 1;

        assertThatThrownBy(() -> cipher.decrypt("p1", new EncryptedValue(value.keyId(), value.nonce(), tampered)))
                .hasMessageContaining("AES-GCM decryption failed");
    }

    @Test
    void once_the_key_is_destroyed_nothing_decrypts_and_destroying_again_is_harmless() {
        EncryptedValue value = cipher.encrypt("p1", "gone");
        DataKeys keys = new DataKeys(jdbc, new SecretKeySpec(
                "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII), "AES"));

        assertThat(keys.destroy("p1")).isEqualTo(1);
        assertThat(cipher.decrypt("p1", value)).isEmpty();
        assertThat(keys.destroy("p1")).isZero();
        assertThat(Arrays.equals(value.ciphertext(), new byte[0])).isFalse();
    }
}
