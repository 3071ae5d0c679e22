package org.haven.survey.submission;

import org.haven.events.study.WaveWindow;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * When a wave's window is open for one participant, given when they enrolled. Windows are half-open:
 * from the opening instant (inclusive) to the closing instant (exclusive).
 */
public final class WaveAvailability {

    private WaveAvailability() {
    }

    public static boolean isOpen(WaveWindow window, Instant enrolledAt, Instant at) {
        boolean opened = opensAt(window, enrolledAt).map(opens -> !at.isBefore(opens)).orElse(true);
        boolean closed = closesAt(window, enrolledAt).map(closes -> !at.isBefore(closes)).orElse(false);
        return opened && !closed;
    }

    /** The instant the window opens for this participant; empty for a wave that is always open. */
    public static Optional<Instant> opensAt(WaveWindow window, Instant enrolledAt) {
        if (window instanceof WaveWindow.Absolute absolute) {
            return Optional.of(absolute.opensAt());
        }
        if (window instanceof WaveWindow.RelativeToEnrollment relative) {
            return Optional.of(enrolledAt.plus(Duration.ofDays(relative.offsetDays())));
        }
        return Optional.empty();
    }

    /** The instant the window closes for this participant; empty for a wave that is always open. */
    public static Optional<Instant> closesAt(WaveWindow window, Instant enrolledAt) {
        if (window instanceof WaveWindow.Absolute absolute) {
            return Optional.of(absolute.closesAt());
        }
        if (window instanceof WaveWindow.RelativeToEnrollment relative) {
            return Optional.of(enrolledAt.plus(Duration.ofDays((long) relative.offsetDays() + relative.lengthDays())));
        }
        return Optional.empty();
    }
}
