package org.haven.survey.participant;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.haven.events.participant.ConsentWithdrawn;
import org.haven.events.participant.ContactAddressChanged;
import org.haven.events.participant.ParticipantEnrolled;
import org.haven.events.participant.ParticipantErased;
import org.haven.events.participant.QuestionnaireSubmitted;
import org.haven.survey.privacy.EncryptedJson;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Date;
import java.sql.Timestamp;

/**
 * Keeps the participant and submission tables (progress, the questionnaire page, import look-ups) in step
 * with the Participant events, in the same transaction (the "read-models" group is subscribing).
 */
@Component
@ProcessingGroup("read-models")
public class ParticipantProjection {

    private final JdbcTemplate jdbc;

    public ParticipantProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(ParticipantEnrolled event) {
        jdbc.update("INSERT INTO participant (participant_id, study_id, enrolled_at, status, contact_email, time_zone)"
                        + " VALUES (?, ?, ?, ?, ?, ?)",
                event.participantId(), event.studyId(), Timestamp.from(event.enrolledAt()),
                ParticipantStatus.ACTIVE.name(), EncryptedJson.write(event.contactEmail()),
                event.timeZone() == null ? null : event.timeZone().getId());
    }

    @EventHandler
    void on(ContactAddressChanged event) {
        jdbc.update("UPDATE participant SET contact_email = ? WHERE participant_id = ?",
                EncryptedJson.write(event.contactEmail()), event.participantId());
    }

    @EventHandler
    void on(QuestionnaireSubmitted event) {
        jdbc.update("INSERT INTO submission (participant_id, wave, study_id, submission_id, source, completed_on)"
                        + " VALUES (?, ?, ?, ?, ?, ?)",
                event.participantId(), event.wave(), event.studyId(), event.submissionId(), event.source().name(),
                Date.valueOf(event.completedOn()));
    }

    @EventHandler
    void on(ConsentWithdrawn event) {
        setStatus(event.participantId(), ParticipantStatus.afterWithdrawal(event.scope()));
    }

    @EventHandler
    void on(ParticipantErased event) {
        setStatus(event.participantId(), ParticipantStatus.ERASED);
    }

    private void setStatus(String participantId, ParticipantStatus status) {
        jdbc.update("UPDATE participant SET status = ? WHERE participant_id = ?", status.name(), participantId);
    }
}
