package org.haven.survey.access;

import org.haven.survey.database.ConnectionRetry;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * Personal participant tokens: 256 random bits, handed out once and stored only as their SHA-256 (a slow
 * password hash buys nothing for a random secret of this size). Tokens never enter an event.
 */
@Component
public class ParticipantTokens {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int TOKEN_BYTES = 32;
    private static final int MAX_TOKEN_LENGTH = 100;

    private final JdbcTemplate jdbc;
    private final ConnectionRetry retry;

    public ParticipantTokens(JdbcTemplate jdbc, ConnectionRetry retry) {
        this.jdbc = jdbc;
        this.retry = retry;
    }

    public String issue(String participantId, Instant at) {
        byte[] secret = new byte[TOKEN_BYTES];
        RANDOM.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        jdbc.update("INSERT INTO participant_token (token_sha256, participant_id, issued_at) VALUES (?, ?, ?)",
                sha256(token), participantId, Timestamp.from(at));
        return token;
    }

    /** Revokes every token of the participant (erasure, or a new token issued). */
    public void revokeAll(String participantId, Instant at) {
        jdbc.update("UPDATE participant_token SET revoked_at = ? WHERE participant_id = ? AND revoked_at IS NULL",
                Timestamp.from(at), participantId);
    }

    /** Revokes one token, e.g. that of a mail the mail server did not take. */
    public void revoke(String token, Instant at) {
        jdbc.update("UPDATE participant_token SET revoked_at = ? WHERE token_sha256 = ? AND revoked_at IS NULL",
                Timestamp.from(at), sha256(token));
    }

    /**
     * Revokes every token the participant holds and issues a new one. Revoked rows stay (with revoked_at) as
     * the record of when each token stopped working.
     */
    public String reissue(String participantId, Instant at) {
        revokeAll(participantId, at);
        return issue(participantId, at);
    }

    /** The participant a valid, unrevoked token belongs to. */
    public Optional<String> participantFor(String token) {
        if (token == null || token.isEmpty() || token.length() > MAX_TOKEN_LENGTH) {
            return Optional.empty();
        }
        List<String> found = jdbc.queryForList(
                "SELECT participant_id FROM participant_token WHERE token_sha256 = ? AND revoked_at IS NULL",
                String.class, sha256(token));
        return found.stream().findFirst();
    }

    /**
     * Who holds a valid, unrevoked token, with their participant row, in one query: the token filter runs on
     * every participant request, and the endpoints need the row anyway.
     */
    public Optional<ParticipantPrincipal> holderOf(String token) {
        if (token == null || token.isEmpty() || token.length() > MAX_TOKEN_LENGTH) {
            return Optional.empty();
        }
        // a read, safe to repeat: every participant request passes here, so a broken connection must not fail it
        List<ParticipantPrincipal> found = retry.once(() -> jdbc.query(
                "SELECT t.participant_id, p.study_id, p.enrolled_at, p.status FROM participant_token t"
                        + " LEFT JOIN participant p ON p.participant_id = t.participant_id"
                        + " WHERE t.token_sha256 = ? AND t.revoked_at IS NULL",
                (row, n) -> {
                    Timestamp enrolledAt = row.getTimestamp(3);
                    return new ParticipantPrincipal(row.getString(1), row.getString(2),
                            enrolledAt == null ? null : enrolledAt.toInstant(), row.getString(4));
                },
                sha256(token)));
        return found.stream().findFirst();
    }

    /**
     * A stand-in for a valid token that a web session may keep instead of the token itself: its SHA-256, which
     * is what the table holds anyway, so a dump of sessions reveals nothing a dump of the table does not.
     */
    public Optional<String> sessionReference(String token) {
        return participantFor(token).map(participant -> sha256(token));
    }

    /** The participant behind a session reference, while its token is neither revoked nor replaced. */
    public Optional<String> participantForReference(String reference) {
        if (reference == null) {
            return Optional.empty();
        }
        List<String> found = jdbc.queryForList(
                "SELECT participant_id FROM participant_token WHERE token_sha256 = ? AND revoked_at IS NULL",
                String.class, reference);
        return found.stream().findFirst();
    }

    static String sha256(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
