package org.haven.survey.privacy;

import org.springframework.jdbc.core.JdbcTemplate;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * One AES-256 data key per participant, in its own table of the service's database, wrapped (AES-GCM) with
 * the master key; never in the event store or on Kafka. Deleting the row is crypto-shredding: every value
 * encrypted under it, in events already written and copied anywhere, becomes unreadable.
 */
public class DataKeys {

    public record DataKey(String keyId, SecretKey key) {
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcTemplate jdbc;
    private final SecretKey master;

    public DataKeys(JdbcTemplate jdbc, SecretKey master) {
        this.jdbc = jdbc;
        this.master = master;
    }

    /** The participant's key, created on first use. */
    public DataKey keyOf(String participantId) {
        return find(participantId).orElseGet(() -> create(participantId));
    }

    public Optional<DataKey> find(String participantId) {
        List<DataKey> keys = jdbc.query("SELECT key_id, nonce, wrapped_key FROM participant_data_key WHERE participant_id = ?",
                (row, n) -> new DataKey(row.getString(1), unwrap(participantId, row.getString(1), row.getBytes(2),
                        row.getBytes(3))), participantId);
        return keys.stream().findFirst();
    }

    /** Destroys the participant's key; returns how many rows went (0 when it was gone already). */
    public int destroy(String participantId) {
        return jdbc.update("DELETE FROM participant_data_key WHERE participant_id = ?", participantId);
    }

    private DataKey create(String participantId) {
        byte[] raw = new byte[32];
        RANDOM.nextBytes(raw);
        String keyId = UUID.randomUUID().toString();
        byte[] nonce = Aes.nonce();
        byte[] wrapped = Aes.encrypt(master, nonce, owner(participantId, keyId), raw);
        jdbc.update("INSERT INTO participant_data_key (participant_id, key_id, nonce, wrapped_key, created_at)"
                + " VALUES (?, ?, ?, ?, ?)", participantId, keyId, nonce, wrapped, Timestamp.from(Instant.now()));
        return new DataKey(keyId, new SecretKeySpec(raw, "AES"));
    }

    private SecretKey unwrap(String participantId, String keyId, byte[] nonce, byte[] wrapped) {
        return new SecretKeySpec(Aes.decrypt(master, nonce, owner(participantId, keyId), wrapped), "AES");
    }

    static byte[] owner(String participantId, String keyId) {
        return (participantId + "\u0000" + keyId).getBytes(StandardCharsets.UTF_8);
    }
}
