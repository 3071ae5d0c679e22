package org.haven.survey.contact.dispatch;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.haven.events.ContactKind;
import org.haven.events.participant.ContactAddressChanged;
import org.haven.events.participant.ContactFailed;
import org.haven.events.participant.ContactOptedOut;
import org.haven.events.participant.ContactSent;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Instant;

/**
 * Keeps the contact log, the outbox rows and the participant's contact columns in step with the contact events,
 * in the event's own transaction (the "read-models" group is subscribing): a contact is finished in the outbox
 * exactly when its event is stored.
 */
@Component
@ProcessingGroup("read-models")
class ContactProjection {

    private final JdbcTemplate jdbc;
    private final ContactOutbox outbox;

    ContactProjection(JdbcTemplate jdbc, ContactOutbox outbox) {
        this.jdbc = jdbc;
        this.outbox = outbox;
    }

    @EventHandler
    void on(ContactSent event) {
        log(event.participantId(), event.studyId(), event.wave(), event.kind(), event.ordinal(), ContactOutbox.SENT,
                null, event.sentAt());
    }

    @EventHandler
    void on(ContactFailed event) {
        log(event.participantId(), event.studyId(), event.wave(), event.kind(), event.ordinal(), ContactOutbox.FAILED,
                event.smtpCode(), event.failedAt());
        jdbc.update("UPDATE participant SET contact_refused_code = ? WHERE participant_id = ?", event.smtpCode(),
                event.participantId());
    }

    @EventHandler
    void on(ContactOptedOut event, @org.axonframework.eventhandling.Timestamp Instant at) {
        // counted in the progress under the wave of the last mail before the stop link
        jdbc.update("UPDATE participant SET contact_opted_out_at = ?, contact_opted_out_wave = (SELECT MAX(wave)"
                        + " FROM contact_log WHERE participant_id = ? AND outcome = ?) WHERE participant_id = ?",
                Timestamp.from(at), event.participantId(), ContactOutbox.SENT, event.participantId());
    }

    /**
     * A new address may work where the old one was refused: mail may go out again, starting with the refused
     * contact itself (the check at send time drops it if its wave has closed meanwhile).
     */
    @EventHandler
    void on(ContactAddressChanged event) {
        jdbc.update("UPDATE participant SET contact_refused_code = NULL WHERE participant_id = ?",
                event.participantId());
        outbox.retryRefused(event.participantId());
    }

    private void log(String participantId, String studyId, int wave, ContactKind kind, int ordinal, String outcome,
                     Integer smtpCode, Instant at) {
        // a second refusal of the same contact (at a new address) replaces the first
        jdbc.update("DELETE FROM contact_log WHERE participant_id = ? AND wave = ? AND kind = ? AND ordinal = ?"
                + " AND outcome = ?", participantId, wave, kind.name(), ordinal, outcome);
        jdbc.update("INSERT INTO contact_log (participant_id, wave, kind, ordinal, study_id, outcome, smtp_code, at)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)", participantId, wave, kind.name(), ordinal, studyId,
                outcome, smtpCode, Timestamp.from(at));
        outbox.finish(new ContactKey(participantId, wave, kind, ordinal), outcome, at);
    }
}
