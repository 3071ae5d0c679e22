package org.haven.survey.contact;

import org.haven.survey.privacy.EncryptedJson;
import org.haven.survey.privacy.FieldCipher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/** Where a participant is mailed: their address, decrypted only when asked for, and their time zone. */
@Component
public class ContactDirectory {

    private record Row(String studyId, String encryptedEmail, String ownZone, String studyZone) {
    }

    private final JdbcTemplate jdbc;
    private final FieldCipher cipher;

    public ContactDirectory(JdbcTemplate jdbc, FieldCipher cipher) {
        this.jdbc = jdbc;
        this.cipher = cipher;
    }

    /**
     * The participant's address and zone (their own, else the study's, else UTC); empty when they gave no address,
     * are unknown, or were erased (their data key is gone, so the address can no longer be read).
     */
    public Optional<ContactAddress> addressOf(String participantId) {
        List<Row> rows = jdbc.query("SELECT p.study_id, p.contact_email, p.time_zone, s.time_zone FROM participant p"
                        + " JOIN study s ON s.study_id = p.study_id WHERE p.participant_id = ?",
                (row, n) -> new Row(row.getString(1), row.getString(2), row.getString(3), row.getString(4)),
                participantId);
        return rows.stream().findFirst()
                .filter(row -> row.encryptedEmail() != null)
                .flatMap(row -> cipher.decrypt(participantId, EncryptedJson.read(row.encryptedEmail()))
                        .map(email -> new ContactAddress(participantId, row.studyId(), email, zone(row))));
    }

    private static ZoneId zone(Row row) {
        if (row.ownZone() != null) {
            return ZoneId.of(row.ownZone());
        }
        return row.studyZone() != null ? ZoneId.of(row.studyZone()) : ContactSettings.DEFAULT_ZONE;
    }
}
