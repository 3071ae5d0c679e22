package org.haven.survey.contact;

import org.flywaydb.core.Flyway;
import org.haven.survey.privacy.DataKeys;
import org.haven.survey.privacy.EncryptedJson;
import org.haven.survey.privacy.FieldCipher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import javax.crypto.spec.SecretKeySpec;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

/** The service's tables in an H2 memory database (its own migrations), with rows as the projections write them. */
final class ContactTables {

    final JdbcTemplate jdbc;
    final DataKeys keys;
    final FieldCipher cipher;

    ContactTables() {
        var dataSource = new DriverManagerDataSource("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
        Flyway.configure().dataSource(dataSource)
                .locations("classpath:db/migration/h2", "classpath:db/migration/common").load().migrate();
        jdbc = new JdbcTemplate(dataSource);
        byte[] master = new byte[32];
        new SecureRandom().nextBytes(master);
        keys = new DataKeys(jdbc, new SecretKeySpec(master, "AES"));
        cipher = new FieldCipher(keys);
    }

    void study(String studyId, String zone, String scheduleJson) {
        jdbc.update("INSERT INTO study (study_id, title, owner, imports_may_enroll, created_at, time_zone,"
                + " contact_schedule_json) VALUES (?, 'A study', 'r', FALSE, ?, ?, ?)", studyId,
                Timestamp.from(Instant.EPOCH), zone, scheduleJson);
    }

    void participant(String participantId, String studyId, String email, String zone, String status) {
        jdbc.update("INSERT INTO participant (participant_id, study_id, enrolled_at, status, contact_email, time_zone)"
                        + " VALUES (?, ?, ?, ?, ?, ?)", participantId, studyId, Timestamp.from(Instant.EPOCH), status,
                email == null ? null : EncryptedJson.write(cipher.encrypt(participantId, email)), zone);
    }
}
