package org.haven.analytics.export;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * The two dates of one participant-wave that responses_long.csv reduces to a day count: the participant's
 * enrollment date and the completion date of the answers, both UTC calendar days. No finer timestamp leaves
 * the batch (docs/data-formats.md).
 */
public record ResponseDates(String pid, int wave, LocalDate enrolledOn, LocalDate completedOn) {

    public ResponseDates {
        Objects.requireNonNull(pid, "pid");
        Objects.requireNonNull(enrolledOn, "enrolledOn");
        Objects.requireNonNull(completedOn, "completedOn");
    }

    /** From the enrollment event's instant, taken as a UTC day whatever the machine's time zone. */
    public static ResponseDates of(String pid, int wave, Instant enrolledAt, LocalDate completedOn) {
        return new ResponseDates(pid, wave, LocalDate.ofInstant(enrolledAt, ZoneOffset.UTC), completedOn);
    }

    /**
     * Whole days from enrollment to completion; 0 on the enrollment day, negative for answers collected elsewhere
     * and dated before enrollment (written as they are: the import accepted them).
     */
    public long daysSinceEnrollment() {
        return ChronoUnit.DAYS.between(enrolledOn, completedOn);
    }
}
