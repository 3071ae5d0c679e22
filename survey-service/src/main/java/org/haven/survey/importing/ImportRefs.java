package org.haven.survey.importing;

import org.haven.survey.participant.ParticipantStatus;
import org.haven.survey.privacy.ParticipantReferences;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A researcher's participant references are personal data: they never enter an event. The service keeps
 * only HMAC-SHA-256(ref key, study id + ref) beside the participant id; the key is kept outside the database
 * ({@link ImportRefKey}). A second HMAC of the case-folded reference lets an import warn about a reference that
 * differs from a known one only in letter case.
 */
@Component
public class ImportRefs implements ParticipantReferences {

    private final JdbcTemplate jdbc;
    private final ImportRefKey key;

    public ImportRefs(JdbcTemplate jdbc, ImportRefKey key) {
        this.jdbc = jdbc;
        this.key = key;
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

    /** Whether some reference of the study already names this participant. */
    public boolean namesAnyReference(String participantId) {
        Integer refs = jdbc.queryForObject("SELECT COUNT(*) FROM import_ref WHERE participant_id = ?", Integer.class,
                participantId);
        return refs != null && refs > 0;
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
    @Override
    public void tombstone(String participantId) {
        jdbc.update("UPDATE import_ref SET participant_id = NULL, erased_at = ? WHERE participant_id = ?",
                java.sql.Timestamp.from(java.time.Instant.now()), participantId);
    }

    String hash(String studyId, String ref) {
        return key.hash(studyId, ref);
    }

    /** A hash of the case-folded reference, under its own label so it never equals a reference's own hash. */
    String foldedHash(String studyId, String ref) {
        return key.hash(studyId + "\u0000case-folded", ref.toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT));
    }
}
