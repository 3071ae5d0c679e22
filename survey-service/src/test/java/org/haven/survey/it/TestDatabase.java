package org.haven.survey.it;

import org.haven.testing.Ci;
import org.haven.testing.Postgres;
import org.springframework.test.context.DynamicPropertyRegistry;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Map;

/**
 * The database the integration tests run on: the local PostgreSQL (database haven_test on 127.0.0.1:5432,
 * prepared by infra/postgres.sh) when it answers. Without it the same flows run on an H2 file database and
 * say so; under CI=true a missing PostgreSQL fails the build instead, so CI always runs them on PostgreSQL.
 */
public final class TestDatabase {

    public static final String POSTGRES_URL = System.getProperty("haven.test.postgres-url",
            "jdbc:postgresql://127.0.0.1:5432/haven_test");
    public static final String POSTGRES_USER = System.getProperty("haven.test.postgres-user", "postgres");
    static final String INSTALL_HINT = "PostgreSQL does not answer at " + POSTGRES_URL
            + " (install PostgreSQL, then run infra/postgres.sh to start it and create the database)";

    private static Boolean postgresAvailable;
    private static boolean oldRefKeyForgotten;

    private TestDatabase() {
    }

    public static synchronized boolean postgresAvailable() {
        if (postgresAvailable == null) {
            postgresAvailable = Postgres.answers(POSTGRES_URL, POSTGRES_USER);
        }
        return postgresAvailable;
    }

    /** Registers the datasource: PostgreSQL when available, H2 otherwise (never in CI). */
    public static void register(DynamicPropertyRegistry registry) {
        properties().forEach((key, value) -> registry.add(key, () -> value));
    }

    /** The datasource properties: PostgreSQL when available, H2 otherwise (never in CI). */
    public static Map<String, String> properties() {
        if (postgresAvailable()) {
            forgetOldImportRefKey();
            return Map.of("spring.datasource.url", POSTGRES_URL, "spring.datasource.username", POSTGRES_USER,
                    "spring.datasource.password", "");
        }
        if (Ci.running()) {
            throw new IllegalStateException("CI=true: the integration tests must run on PostgreSQL. " + INSTALL_HINT);
        }
        System.err.println("NOTE: " + INSTALL_HINT + ". Running the PostgreSQL flows on H2 instead.");
        return Map.of("spring.datasource.url", "jdbc:h2:file:" + tempDir().resolve("it") + ";DB_CLOSE_ON_EXIT=FALSE",
                "spring.datasource.username", "sa", "spring.datasource.password", "");
    }

    /**
     * A test database used before the import-reference key moved out of the database holds a key generated there,
     * which the tests' fixed key would not match (the service refuses to start then). Its import references
     * belong to earlier runs' studies that no test reads again, so the test database simply forgets that key.
     */
    private static synchronized void forgetOldImportRefKey() {
        if (oldRefKeyForgotten) {
            return;
        }
        try (Connection connection = DriverManager.getConnection(POSTGRES_URL, POSTGRES_USER, "");
             PreparedStatement delete = connection.prepareStatement(
                     "DELETE FROM service_secret WHERE name = 'import-ref-key' AND secret_value <> ?")) {
            delete.setString(1, ServiceTestSupport.TEST_REF_KEY);
            delete.executeUpdate();
        } catch (SQLException e) {
            if (!"42P01".equals(e.getSQLState())) { // 42P01: no such table yet, a new database
                throw new IllegalStateException(e);
            }
        }
        oldRefKeyForgotten = true;
    }

    private static Path tempDir() {
        try {
            return Files.createTempDirectory("haven-it-h2");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
