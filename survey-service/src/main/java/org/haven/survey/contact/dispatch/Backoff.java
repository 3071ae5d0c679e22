package org.haven.survey.contact.dispatch;

import java.time.Duration;

/**
 * How long to wait before the next attempt after {@code attempts} failed ones: {@code first}, doubling up to
 * {@code max}. A mail server that is away for a day is tried again at least every {@code max}.
 */
public record Backoff(Duration first, Duration max) {

    public Backoff {
        if (first.isNegative() || first.isZero() || max.compareTo(first) < 0) {
            throw new IllegalArgumentException("backoff: first must be positive and max at least first");
        }
    }

    public Duration after(int attempts) {
        Duration delay = first;
        for (int i = 1; i < attempts && delay.compareTo(max) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(max) > 0 ? max : delay;
    }
}
