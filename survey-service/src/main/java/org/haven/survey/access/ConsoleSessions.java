package org.haven.survey.access;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.DeferredSecurityContext;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.web.context.HttpRequestResponseHolder;
import org.springframework.security.web.context.SecurityContextRepository;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * The console's sign-in sessions, apart from the servlet container's session (which belongs to the participant
 * pages): a random 256-bit cookie {@code HAVEN_CONSOLE} (HttpOnly, SameSite=Strict, path /console) whose SHA-256
 * names a row of {@code console_session}. Nothing is stored before a sign-in succeeds. Each request reads the row
 * and then the account afresh, so a disabled account or one whose password was reset is out with its next
 * request; a session idle for {@link #IDLE} or older than {@link #LONGEST} has ended.
 */
public class ConsoleSessions implements SecurityContextRepository {

    public static final String COOKIE = "HAVEN_CONSOLE";
    static final Duration IDLE = Duration.ofHours(2);
    static final Duration LONGEST = Duration.ofHours(12);
    /** Last activity is written at most this often, so that reading pages is not a write each time. */
    private static final Duration SEEN_PRECISION = Duration.ofMinutes(1);
    private static final int MAX_COOKIE_LENGTH = 100;
    private static final SecureRandom RANDOM = new SecureRandom();

    private record Row(String account, Instant createdAt, Instant lastSeenAt) {
    }

    private final JdbcTemplate jdbc;
    private final ResearcherAccountBook accounts;
    private final Clock clock;

    ConsoleSessions(JdbcTemplate jdbc, ResearcherAccountBook accounts, Clock clock) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.clock = clock;
    }

    /** Starts a session for an account that has just signed in: a new cookie, whatever the browser held before. */
    public void start(ActiveAccount account, HttpServletRequest request, HttpServletResponse response) {
        end(request, response);
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String value = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        Timestamp now = Timestamp.from(clock.instant());
        jdbc.update("INSERT INTO console_session (session_sha256, account, created_at, last_seen_at) VALUES (?, ?, ?, ?)",
                ParticipantTokens.sha256(value), account.name(), now, now);
        response.addHeader(HttpHeaders.SET_COOKIE, cookie(request, value, null).toString());
        // a new CSRF token with the new session: one planted before the sign-in is worth nothing after it
        response.addHeader(HttpHeaders.SET_COOKIE, ResponseCookie.from(ConsoleSecurityConfiguration.CSRF_COOKIE, "")
                .path("/console").httpOnly(true).sameSite("Strict").maxAge(Duration.ZERO).build().toString());
    }

    /** Signs the browser out: its row is deleted and its cookie cleared. */
    public void end(HttpServletRequest request, HttpServletResponse response) {
        cookieValue(request).ifPresent(value -> {
            jdbc.update("DELETE FROM console_session WHERE session_sha256 = ?", ParticipantTokens.sha256(value));
            response.addHeader(HttpHeaders.SET_COOKIE, cookie(request, "", Duration.ZERO).toString());
        });
    }

    /** Ends every session of the account (disabled, or its password reset by an ADMIN). */
    void endAll(String account) {
        jdbc.update("DELETE FROM console_session WHERE LOWER(account) = ?", StoredAccounts.key(account));
    }

    @Override
    public DeferredSecurityContext loadDeferredContext(HttpServletRequest request) {
        return new DeferredSecurityContext() {
            private SecurityContext loaded;

            @Override
            public SecurityContext get() {
                if (loaded == null) {
                    loaded = load(request);
                }
                return loaded;
            }

            @Override
            public boolean isGenerated() {
                return get().getAuthentication() == null;
            }
        };
    }

    @Override
    @SuppressWarnings("deprecation")
    public SecurityContext loadContext(HttpRequestResponseHolder holder) {
        return load(holder.getRequest());
    }

    /** Sessions start only by {@link #start}, after a sign-in; nothing else is ever saved. */
    @Override
    public void saveContext(SecurityContext context, HttpServletRequest request, HttpServletResponse response) {
    }

    @Override
    public boolean containsContext(HttpServletRequest request) {
        return load(request).getAuthentication() != null;
    }

    private SecurityContext load(HttpServletRequest request) {
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        signedIn(request).ifPresent(account -> context.setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(account, null, account.authorities())));
        return context.getAuthentication() == null ? new SecurityContextImpl() : context;
    }

    private Optional<ActiveAccount> signedIn(HttpServletRequest request) {
        Optional<String> value = cookieValue(request);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        String hash = ParticipantTokens.sha256(value.get());
        List<Row> rows = jdbc.query("SELECT account, created_at, last_seen_at FROM console_session"
                        + " WHERE session_sha256 = ?",
                (row, n) -> new Row(row.getString(1), row.getTimestamp(2).toInstant(), row.getTimestamp(3).toInstant()),
                hash);
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Row row = rows.get(0);
        Instant now = clock.instant();
        if (!now.isBefore(row.lastSeenAt().plus(IDLE)) || !now.isBefore(row.createdAt().plus(LONGEST))) {
            jdbc.update("DELETE FROM console_session WHERE session_sha256 = ?", hash);
            return Optional.empty();
        }
        Optional<ActiveAccount> account = accounts.active(row.account());
        if (account.isEmpty()) {
            jdbc.update("DELETE FROM console_session WHERE session_sha256 = ?", hash);
            return Optional.empty();
        }
        if (!now.isBefore(row.lastSeenAt().plus(SEEN_PRECISION))) {
            jdbc.update("UPDATE console_session SET last_seen_at = ? WHERE session_sha256 = ?", Timestamp.from(now), hash);
        }
        return account;
    }

    private static Optional<String> cookieValue(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return Optional.empty();
        }
        for (Cookie cookie : cookies) {
            if (COOKIE.equals(cookie.getName()) && !cookie.getValue().isEmpty()
                    && cookie.getValue().length() <= MAX_COOKIE_LENGTH) {
                return Optional.of(cookie.getValue());
            }
        }
        return Optional.empty();
    }

    private static ResponseCookie cookie(HttpServletRequest request, String value, Duration maxAge) {
        ResponseCookie.ResponseCookieBuilder cookie = ResponseCookie.from(COOKIE, value)
                .path(request.getContextPath() + "/console").httpOnly(true).sameSite("Strict")
                .secure(request.isSecure());
        return (maxAge == null ? cookie : cookie.maxAge(maxAge)).build();
    }
}
