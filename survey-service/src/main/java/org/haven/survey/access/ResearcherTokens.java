package org.haven.survey.access;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Researchers' personal API tokens for scripts: 256 random bits shown once, kept only as their SHA-256 (a random
 * secret of this size needs no slow hash, which is the point: a request with a token costs a lookup, not a bcrypt
 * check). The token acts as its account, with the account's current roles and studies.
 */
@Component
public class ResearcherTokens {

    /** Marks a researcher token, so that a leaked one is recognised (by a person or a secret scanner). */
    static final String PREFIX = "hvr_";
    private static final int MAX_TOKEN_LENGTH = 100;
    /** Last use is written at most this often per token: a busy script must not turn every request into a write. */
    private static final Duration LAST_USE_PRECISION = Duration.ofMinutes(1);
    private static final SecureRandom RANDOM = new SecureRandom();

    public record Issued(String tokenId, String token) {
    }

    public record Token(String tokenId, String label, Instant createdAt, Instant expiresAt, Instant lastUsedAt,
                        Instant revokedAt) {

        public boolean valid(Instant now) {
            return revokedAt == null && (expiresAt == null || now.isBefore(expiresAt));
        }
    }

    private static final RowMapper<Token> ROW = (row, n) -> new Token(row.getString(1), row.getString(2),
            instant(row.getTimestamp(3)), instant(row.getTimestamp(4)), instant(row.getTimestamp(5)),
            instant(row.getTimestamp(6)));

    private final JdbcTemplate jdbc;

    public ResearcherTokens(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Issued issue(String account, String label, Instant expiresAt, Instant at) {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        String tokenId = UUID.randomUUID().toString();
        jdbc.update("INSERT INTO researcher_api_token (token_sha256, token_id, account, label, created_at, expires_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?)", ParticipantTokens.sha256(token), tokenId, account, label,
                Timestamp.from(at), expiresAt == null ? null : Timestamp.from(expiresAt));
        return new Issued(tokenId, token);
    }

    /** The account a token acts for, while it is neither revoked nor expired; notes its use. */
    Optional<String> accountFor(String token, Instant now) {
        if (token == null || !token.startsWith(PREFIX) || token.length() > MAX_TOKEN_LENGTH) {
            return Optional.empty();
        }
        String hash = ParticipantTokens.sha256(token);
        List<String> found = jdbc.queryForList("SELECT account FROM researcher_api_token WHERE token_sha256 = ?"
                        + " AND revoked_at IS NULL AND (expires_at IS NULL OR expires_at > ?)", String.class, hash,
                Timestamp.from(now));
        if (!found.isEmpty()) {
            jdbc.update("UPDATE researcher_api_token SET last_used_at = ? WHERE token_sha256 = ?"
                            + " AND (last_used_at IS NULL OR last_used_at < ?)", Timestamp.from(now), hash,
                    Timestamp.from(now.minus(LAST_USE_PRECISION)));
        }
        return found.stream().findFirst();
    }

    /** The account's tokens, newest first, revoked ones included (with when). */
    public List<Token> of(String account) {
        return jdbc.query("SELECT token_id, label, created_at, expires_at, last_used_at, revoked_at"
                + " FROM researcher_api_token WHERE account = ? ORDER BY created_at DESC, token_id", ROW, account);
    }

    /** Revokes one of the account's own tokens; false when it has no such unrevoked token. */
    boolean revoke(String account, String tokenId, Instant at) {
        return jdbc.update("UPDATE researcher_api_token SET revoked_at = ? WHERE token_id = ? AND account = ?"
                + " AND revoked_at IS NULL", Timestamp.from(at), tokenId, account) == 1;
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
