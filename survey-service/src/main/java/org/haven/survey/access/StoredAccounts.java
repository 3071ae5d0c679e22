package org.haven.survey.access;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Researcher accounts kept as data (created in the console by an ADMIN), next to the bootstrap accounts of the
 * configuration. A name exists once across both, ignoring case, as sign-in matches it. Holds password hashes
 * only; hashing is the sign-in's business ({@link ResearcherAccountBook#hash}).
 */
@Component
public class StoredAccounts {

    public record Stored(String name, String passwordHash, List<ResearcherRole> roles, boolean mustChangePassword,
                         Instant disabledAt, Instant createdAt, String createdBy) {

        public boolean disabled() {
            return disabledAt != null;
        }
    }

    private static final String COLUMNS = "name, password_hash, roles, must_change_password, disabled_at, created_at,"
            + " created_by";
    private static final RowMapper<Stored> ROW = (row, n) -> {
        Timestamp disabled = row.getTimestamp(5);
        return new Stored(row.getString(1), row.getString(2), roles(row.getString(3)), row.getBoolean(4),
                disabled == null ? null : disabled.toInstant(), row.getTimestamp(6).toInstant(), row.getString(7));
    };

    private final JdbcTemplate jdbc;
    private final Set<String> configuredKeys;

    public StoredAccounts(JdbcTemplate jdbc, ResearcherAccounts configured) {
        this.jdbc = jdbc;
        this.configuredKeys = configured.researchers().isEmpty()
                ? Set.of(key(ResearcherUsers.BOOTSTRAP_ACCOUNT))
                : configured.researchers().stream().map(account -> key(account.name())).collect(Collectors.toSet());
    }

    /** Whether the name is one of the configuration's accounts (or the bootstrap account when none is configured). */
    public boolean configured(String name) {
        return name != null && configuredKeys.contains(key(name));
    }

    public Optional<Stored> find(String name) {
        if (name == null || name.isEmpty() || name.length() > ResearcherNames.MAX_LENGTH) {
            return Optional.empty();
        }
        return jdbc.query("SELECT " + COLUMNS + " FROM researcher_account WHERE name_key = ?", ROW, key(name))
                .stream().findFirst();
    }

    public List<Stored> all() {
        return jdbc.query("SELECT " + COLUMNS + " FROM researcher_account ORDER BY name_key", ROW);
    }

    /** Stores a new account; false when the name is taken, here or in the configuration. */
    boolean create(String name, String passwordHash, List<ResearcherRole> roles, String createdBy, Instant at) {
        if (configured(name)) {
            return false;
        }
        try {
            jdbc.update("INSERT INTO researcher_account (name_key, name, password_hash, roles, must_change_password,"
                            + " created_at, created_by) VALUES (?, ?, ?, ?, TRUE, ?, ?)",
                    key(name), name, passwordHash, roles.stream().map(Enum::name).collect(Collectors.joining(",")),
                    Timestamp.from(at), createdBy);
            return true;
        } catch (DuplicateKeyException taken) {
            return false;
        }
    }

    boolean setDisabled(String name, Instant disabledAt) {
        return jdbc.update("UPDATE researcher_account SET disabled_at = ? WHERE name_key = ?",
                disabledAt == null ? null : Timestamp.from(disabledAt), key(name)) == 1;
    }

    boolean setPassword(String name, String passwordHash, boolean mustChange) {
        return jdbc.update("UPDATE researcher_account SET password_hash = ?, must_change_password = ?"
                + " WHERE name_key = ?", passwordHash, mustChange, key(name)) == 1;
    }

    /** Whether an enabled stored account has this name (a study can be shared with it). */
    public boolean enabled(String name) {
        return find(name).filter(stored -> !stored.disabled()).isPresent();
    }

    static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
    }

    private static List<ResearcherRole> roles(String stored) {
        return Arrays.stream(stored.split(",")).map(ResearcherRole::valueOf).toList();
    }
}
