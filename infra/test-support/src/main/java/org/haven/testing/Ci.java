package org.haven.testing;

import org.junit.jupiter.api.Assumptions;

/**
 * What a test does when something it needs is missing here: locally it skips and says why; under CI=true it
 * fails, so CI never passes by skipping.
 */
public final class Ci {

    private Ci() {
    }

    public static boolean running() {
        return "true".equalsIgnoreCase(System.getenv("CI"));
    }

    /** Aborts the test with the reason, or under CI=true fails it with the reason. */
    public static void skipOrFail(String reason) {
        if (running()) {
            throw new IllegalStateException("CI=true: " + reason);
        }
        Assumptions.abort(reason);
    }
}
