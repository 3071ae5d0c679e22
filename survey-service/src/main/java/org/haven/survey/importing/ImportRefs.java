package org.haven.survey.importing;

import org.haven.survey.participant.ParticipantStatus;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A researcher's participant references are personal data: they never enter an event. The service keeps
 * only HMAC-SHA-256(ref key, study id + ref) beside the participant id. The key comes from
 * {@code haven.import.ref-key} (Base64), or is generated once and kept in the service's own database. A second
 * HMAC of the case-folded reference lets an import warn about a reference that differs from a known one only in
 * letter case.
 */
@Component
public class ImportRefs {

    private static final String SECRET_NAME = "import-ref-key";

    private final JdbcTemplate jdbc;
    private final String configuredKey;
    private volatile byte[] key;

    public ImportRefs(JdbcTemplate jdbc, @Value("${haven.import.ref-key:}") String configuredKey) {
        this.jdbc = jdbc;
        this.configuredKey = configuredKey;
    }

    public Optional<KnownRef> find(String studyId, String ref) {
        List<KnownRef> found = jdbc.query("SELECT r.participant_id, p.status, r.erased_at FROM import_ref r"
                        + " LEFT JOIN participant p ON p.participant_id = r.participant_id"
                        + " WHERE r.study_id = ? AND r.ref_hash = ?",
                (row, n) -> row.getTimestamp(3) != null
                        ? new KnownRef(null, ParticipantStatus.ERASED)
                        : new KnownRef(row.getString(1), ParticipantStatus.valueOf(row.getString(2))),
                studyId, hash(studyId, ref));
        return found.stream().findFirst();
    }

    public void register(String studyId, String ref, String participantId) {
        jdbc.update("INSERT INTO import_ref (study_id, ref_hash, folded_hash, participant_id) VALUES (?, ?, ?, ?)",
                studyId, hash(studyId, ref), foldedHash(studyId, ref), participantId);
    }

    /**
     * Whether the study knows a reference that differs from this one only in letter case. References stay
     * case-sensitive (they are the researcher's own labels); this only feeds a warning. References registered
     * before the case-folded hash existed are not found.
     */
    public boolean hasCaseTwin(String studyId, String ref) {
        Integer twins = jdbc.queryForObject("SELECT COUNT(*) FROM import_ref WHERE study_id = ? AND folded_hash = ?"
                + " AND ref_hash <> ?", Integer.class, studyId, foldedHash(studyId, ref), hash(studyId, ref));
        return twins != null && twins > 0;
    }

    /** Erasure: the hash stays as a tombstone that no longer leads to the participant. */
    public void tombstone(String participantId) {
        jdbc.update("UPDATE import_ref SET participant_id = NULL, erased_at = ? WHERE participant_id = ?",
                java.sql.Timestamp.from(java.time.Instant.now()), participantId);
    }

    String hash(String studyId, String ref) {
        return hmac(studyId, ref);
    }

    /** A hash of the case-folded reference, under its own label so it never equals a reference's own hash. */
    String foldedHash(String studyId, String ref) {
        return hmac(studyId + "\u0000case-folded", ref.toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT));
    }

    private String hmac(String studyId, String ref) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key(), "HmacSHA256"));
            mac.update(studyId.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            return HexFormat.of().formatHex(mac.doFinal(ref.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    private byte[] key() {
        if (key == null) {
            synchronized (this) {
                if (key == null) {
                    key = Base64.getDecoder().decode(configuredKey.isBlank() ? storedKey() : configuredKey);
                }
            }
        }
        return key;
    }

    private String storedKey() {
        List<String> stored = jdbc.queryForList("SELECT secret_value FROM service_secret WHERE name = ?", String.class,
                SECRET_NAME);
        if (!stored.isEmpty()) {
            return stored.get(0);
        }
        byte[] fresh = new byte[32];
        new SecureRandom().nextBytes(fresh);
        String encoded = Base64.getEncoder().encodeToString(fresh);
        jdbc.update("INSERT INTO service_secret (name, secret_value) VALUES (?, ?)", SECRET_NAME, encoded);
        return encoded;
    }
}
