package org.haven.survey.importing;

import org.springframework.jdbc.core.JdbcTemplate;

import java.util.List;
import java.util.Optional;

/** Where versions before the key moved out kept the generated import-reference key: a row of service_secret. */
final class LegacyRefKey {

    private static final String NAME = "import-ref-key";

    private LegacyRefKey() {
    }

    static Optional<String> read(JdbcTemplate jdbc) {
        List<String> stored = jdbc.queryForList("SELECT secret_value FROM service_secret WHERE name = ?",
                String.class, NAME);
        return stored.stream().findFirst();
    }

    static void delete(JdbcTemplate jdbc) {
        jdbc.update("DELETE FROM service_secret WHERE name = ?", NAME);
    }
}
