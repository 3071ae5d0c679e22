package org.haven.survey.access;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Who signed in, who failed to, and who changed which account or token, when. Studies have their trail in the
 * event store; accounts are no study's business, so they keep this table of their own. Never a password or a
 * token; a failed sign-in records the name that was tried (cut to the column's length).
 */
@Component
public class AccountAudit {

    private static final int MAX = 255;

    public record Entry(Instant at, String actor, AccountAction action, String subject) {
    }

    private final JdbcTemplate jdbc;
    private final Clock clock;

    public AccountAudit(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public void record(String actor, AccountAction action, String subject) {
        jdbc.update("INSERT INTO account_audit (at, actor, action, subject) VALUES (?, ?, ?, ?)",
                Timestamp.from(clock.instant()), cut(actor == null ? "" : actor), action.name(),
                subject == null ? null : cut(subject));
    }

    /** The latest entries, newest first. */
    public List<Entry> recent(int limit) {
        return jdbc.query("SELECT at, actor, action, subject FROM account_audit ORDER BY entry_id DESC"
                        + " FETCH FIRST " + Math.max(1, limit) + " ROWS ONLY",
                (row, n) -> new Entry(row.getTimestamp(1).toInstant(), row.getString(2),
                        AccountAction.valueOf(row.getString(3)), row.getString(4)));
    }

    private static String cut(String text) {
        return text.length() <= MAX ? text : text.substring(0, MAX);
    }
}
