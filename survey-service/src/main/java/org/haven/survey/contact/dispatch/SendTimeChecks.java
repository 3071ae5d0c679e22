package org.haven.survey.contact.dispatch;

import org.haven.survey.participant.ParticipantStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What stops a contact, checked again just before it is mailed (a lot can happen between planning and sending):
 * the participant withdrew, was erased, followed a stop link, or their address was refused for good; the wave was
 * submitted (nobody gets a reminder for a wave they answered; a participant who completed every wave has
 * submitted this one too) or has closed. The answer is the reason the contact is dropped with.
 */
@Component
public class SendTimeChecks {

    private record Standing(String status, boolean optedOut, boolean refused, boolean submitted) {
    }

    private final JdbcTemplate jdbc;

    public SendTimeChecks(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<String> reasonToDrop(OutboxEntry entry, Instant now) {
        List<Standing> found = jdbc.query("SELECT p.status, p.contact_opted_out_at, p.contact_refused_code,"
                        + " (SELECT COUNT(*) FROM submission s WHERE s.participant_id = p.participant_id AND s.wave = ?)"
                        + " FROM participant p WHERE p.participant_id = ?",
                (row, n) -> new Standing(row.getString(1), row.getTimestamp(2) != null, row.getObject(3) != null,
                        row.getLong(4) > 0),
                entry.key().wave(), entry.key().participantId());
        if (found.isEmpty()) {
            return Optional.of("unknown-participant");
        }
        Standing standing = found.get(0);
        ParticipantStatus status = ParticipantStatus.valueOf(standing.status());
        if (status == ParticipantStatus.ERASED) {
            return Optional.of("erased");
        }
        if (status != ParticipantStatus.ACTIVE) {
            return Optional.of("withdrawn");
        }
        if (standing.optedOut()) {
            return Optional.of("opted-out");
        }
        if (standing.refused()) {
            return Optional.of("address-refused");
        }
        if (standing.submitted()) {
            return Optional.of("submitted");
        }
        if (entry.closesAt() != null && !now.isBefore(entry.closesAt())) {
            return Optional.of("wave-closed");
        }
        return Optional.empty();
    }
}
