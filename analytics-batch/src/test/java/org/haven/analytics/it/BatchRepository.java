package org.haven.analytics.it;

import org.haven.testing.Ci;
import org.haven.testing.Postgres;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The job repository of a test run: the local PostgreSQL (database haven_batch_test, prepared by
 * infra/postgres.sh) when it answers, else an H2 file (never under CI=true, where PostgreSQL is required).
 */
final class BatchRepository {

    static final String POSTGRES_URL = System.getProperty("haven.test.batch-postgres-url",
            "jdbc:postgresql://127.0.0.1:5432/haven_batch_test");

    private BatchRepository() {
    }

    static List<String> forTest(Path h2Folder) {
        if (Postgres.answers(POSTGRES_URL, "postgres")) {
            return List.of("--spring.datasource.url=" + POSTGRES_URL, "--spring.datasource.username=postgres",
                    "--spring.datasource.password=");
        }
        if (Ci.running()) {
            throw new IllegalStateException("CI=true: the job repository must be PostgreSQL, which does not answer at "
                    + POSTGRES_URL + " (run infra/postgres.sh)");
        }
        System.err.println("NOTE: PostgreSQL does not answer at " + POSTGRES_URL
                + " (install it and run infra/postgres.sh); the job repository is an H2 file instead.");
        return h2(h2Folder);
    }

    static List<String> h2(Path folder) {
        return List.of("--haven.data-dir=" + folder);
    }

    /** JDBC url and user of the given arguments, for reading the repository afterwards. */
    static Map<String, String> settings(List<String> arguments) {
        Map<String, String> settings = new HashMap<>(Map.of("username", "sa"));
        for (String argument : arguments) {
            if (argument.startsWith("--spring.datasource.url=")) {
                settings.put("url", argument.substring("--spring.datasource.url=".length()));
                settings.put("username", "postgres");
            } else if (argument.startsWith("--haven.data-dir=")) {
                settings.put("url", "jdbc:h2:file:" + argument.substring("--haven.data-dir=".length()) + "/analytics-batch");
            }
        }
        return settings;
    }
}
