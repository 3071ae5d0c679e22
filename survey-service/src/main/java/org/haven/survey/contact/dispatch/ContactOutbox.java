package org.haven.survey.contact.dispatch;

import org.haven.events.ContactKind;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The outbox table: contacts planned once (the primary key is the contact), claimed by one instance at a time
 * through a compare-and-set on the lease, and finished by the read-model handler when the contact's event is
 * stored, or dropped here with a reason. Claims live in the database, so any number of instances may share it.
 */
@Component
public class ContactOutbox {

    static final String PENDING = "PENDING";
    static final String SENT = "SENT";
    static final String FAILED = "FAILED";
    static final String DROPPED = "DROPPED";

    private static final String KEY = " WHERE participant_id = ? AND wave = ? AND kind = ? AND ordinal = ?";
    private static final RowMapper<OutboxEntry> ENTRY = (row, n) -> new OutboxEntry(
            new ContactKey(row.getString(1), row.getInt(2), ContactKind.valueOf(row.getString(3)), row.getInt(4)),
            row.getString(5), row.getTimestamp(6).toInstant(), instant(row.getTimestamp(7)), row.getInt(8));

    private final JdbcTemplate jdbc;

    public ContactOutbox(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Adds the contact unless it was planned before (by this instance or another): true if it is new. */
    public boolean plan(ContactKey key, String studyId, Instant dueAt, Instant closesAt) {
        try {
            return jdbc.update("INSERT INTO contact_outbox (participant_id, wave, kind, ordinal, study_id, due_at,"
                            + " closes_at, state, next_attempt_at, attempts) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0)",
                    key.participantId(), key.wave(), key.kind().name(), key.ordinal(), studyId, ts(dueAt),
                    ts(closesAt), PENDING, ts(dueAt)) == 1;
        } catch (DuplicateKeyException plannedBefore) {
            return false;
        }
    }

    /** Pending contacts whose next attempt is due and that no live claim holds, oldest first. */
    public List<OutboxEntry> claimable(Instant now, int limit) {
        return jdbc.query("SELECT participant_id, wave, kind, ordinal, study_id, due_at, closes_at, attempts"
                        + " FROM contact_outbox WHERE state = ? AND next_attempt_at <= ?"
                        + " AND (claimed_until IS NULL OR claimed_until <= ?) ORDER BY next_attempt_at, participant_id"
                        + " FETCH FIRST " + limit + " ROWS ONLY",
                ENTRY, PENDING, ts(now), ts(now));
    }

    /**
     * Takes the contact for {@code instance} until {@code until}, if it is still pending and unclaimed (or its
     * claim expired, e.g. its instance was killed): the one update that wins is the one instance that mails it.
     */
    public boolean claim(ContactKey key, String instance, Instant now, Instant until) {
        return jdbc.update("UPDATE contact_outbox SET claimed_by = ?, claimed_until = ?" + KEY
                        + " AND state = ? AND (claimed_until IS NULL OR claimed_until <= ?)",
                instance, ts(until), key.participantId(), key.wave(), key.kind().name(), key.ordinal(), PENDING,
                ts(now)) == 1;
    }

    /** After a failed attempt: free the claim and try again at {@code next}. */
    public void retryLater(ContactKey key, Instant next, String error) {
        jdbc.update("UPDATE contact_outbox SET attempts = attempts + 1, next_attempt_at = ?, last_error = ?,"
                + " claimed_by = NULL, claimed_until = NULL" + KEY, ts(next), error, key.participantId(), key.wave(),
                key.kind().name(), key.ordinal());
    }

    /** Not now (quiet hours): free the claim and look again at {@code next}, without counting an attempt. */
    public void postpone(ContactKey key, Instant next) {
        jdbc.update("UPDATE contact_outbox SET next_attempt_at = ?, claimed_by = NULL, claimed_until = NULL" + KEY,
                ts(next), key.participantId(), key.wave(), key.kind().name(), key.ordinal());
    }

    /** A check at send time says the contact must not go out: it is done, and the reason says why. */
    public void drop(ContactKey key, String reason, Instant now) {
        jdbc.update("UPDATE contact_outbox SET state = ?, drop_reason = ?, done_at = ?, claimed_by = NULL,"
                        + " claimed_until = NULL" + KEY + " AND state = ?", DROPPED, reason, ts(now),
                key.participantId(), key.wave(), key.kind().name(), key.ordinal(), PENDING);
    }

    /** Called in the transaction that stores the contact's event. */
    void finish(ContactKey key, String state, Instant at) {
        jdbc.update("UPDATE contact_outbox SET state = ?, done_at = ?, claimed_by = NULL, claimed_until = NULL" + KEY,
                state, ts(at), key.participantId(), key.wave(), key.kind().name(), key.ordinal());
    }

    /** After an address change: the contacts refused at the old address are due again, with fresh attempts. */
    void retryRefused(String participantId) {
        jdbc.update("UPDATE contact_outbox SET state = ?, attempts = 0, next_attempt_at = due_at, done_at = NULL"
                + " WHERE participant_id = ? AND state = ?", PENDING, participantId, FAILED);
    }

    /** The queue for the health details: pending contacts, the oldest one's due time, the last error. */
    public record QueueState(long length, Instant oldestDue, String lastError, long dropped) {
    }

    public QueueState state() {
        return jdbc.queryForObject("SELECT COUNT(*), MIN(due_at), (SELECT COUNT(*) FROM contact_outbox"
                        + " WHERE state = ?) FROM contact_outbox WHERE state = ?",
                (row, n) -> new QueueState(row.getLong(1), instant(row.getTimestamp(2)), lastError(), row.getLong(3)),
                DROPPED, PENDING);
    }

    private String lastError() {
        return jdbc.queryForList("SELECT last_error FROM contact_outbox WHERE state = ? AND last_error IS NOT NULL"
                + " ORDER BY next_attempt_at DESC FETCH FIRST 1 ROWS ONLY", String.class, PENDING)
                .stream().findFirst().orElse(null);
    }

    public Optional<String> stateOf(ContactKey key) {
        return jdbc.queryForList("SELECT state FROM contact_outbox" + KEY, String.class, args(key)).stream().findFirst();
    }

    private static Object[] args(ContactKey key) {
        return new Object[]{key.participantId(), key.wave(), key.kind().name(), key.ordinal()};
    }

    private static Timestamp ts(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
