package org.haven.survey.contact;

import org.haven.survey.importing.ImportRefKey;
import org.haven.survey.participant.ContactAddressIndex;
import org.haven.survey.participant.ParticipantStatus;
import org.haven.survey.problem.ConflictException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Locale;

/**
 * The study's contact addresses as keyed hashes (under the import-reference key, which lives outside the database:
 * a dump alone does not let anyone test guessed addresses). Addresses are compared in lower case: mail systems treat
 * {@code Ana@Example.org} and {@code ana@example.org} as one mailbox in practice.
 */
@Component
class KeyedContactAddresses implements ContactAddressIndex {

    static final String TAKEN = "another active participant of this study has this address";

    private final JdbcTemplate jdbc;
    private final ImportRefKey key;

    KeyedContactAddresses(JdbcTemplate jdbc, ImportRefKey key) {
        this.jdbc = jdbc;
        this.key = key;
    }

    @Override
    public void claim(String studyId, String participantId, String email) {
        String hash = key.addressHash(studyId, email.strip().toLowerCase(Locale.ROOT));
        List<String> holders = jdbc.queryForList("SELECT a.participant_id FROM contact_address a"
                        + " JOIN participant p ON p.participant_id = a.participant_id"
                        + " WHERE a.study_id = ? AND a.address_hash = ? AND p.status = ? AND a.participant_id <> ?",
                String.class, studyId, hash, ParticipantStatus.ACTIVE.name(), participantId);
        if (!holders.isEmpty()) {
            throw new ConflictException("contactEmail", TAKEN);
        }
        // the participant's earlier address, and a holder who withdrew since, give way
        jdbc.update("DELETE FROM contact_address WHERE participant_id = ? OR (study_id = ? AND address_hash = ?)",
                participantId, studyId, hash);
        try {
            jdbc.update("INSERT INTO contact_address (study_id, address_hash, participant_id) VALUES (?, ?, ?)",
                    studyId, hash, participantId);
        } catch (DuplicateKeyException claimedAtTheSameMoment) {
            throw new ConflictException("contactEmail", TAKEN);
        }
    }

    /** An erased participant's address hash goes with the rest of their personal data. */
    void forget(String participantId) {
        jdbc.update("DELETE FROM contact_address WHERE participant_id = ?", participantId);
    }
}
