package org.haven.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/** Whether the local PostgreSQL answers; the tests fall back to H2 when it does not (never under CI=true). */
public final class Postgres {

    private Postgres() {
    }

    /** True when a connection opens within 3 seconds (trust authentication: no password). */
    public static boolean answers(String url, String user) {
        DriverManager.setLoginTimeout(3);
        try (Connection ignored = DriverManager.getConnection(url, user, "")) {
            return true;
        } catch (SQLException e) {
            return false;
        }
    }
}
