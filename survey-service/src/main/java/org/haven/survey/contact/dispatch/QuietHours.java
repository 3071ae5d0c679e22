package org.haven.survey.contact.dispatch;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * The hours of the participant's day in which no mail goes out, {@code from} (inclusive) to {@code until}
 * (exclusive), possibly across midnight (21:00 to 08:00). A contact that falls due inside them goes out when
 * they end. Equal ends mean no quiet hours.
 */
public record QuietHours(LocalTime from, LocalTime until) {

    /** The first instant at or after {@code at} that lies outside the quiet hours in {@code zone}. */
    public Instant nextAllowed(Instant at, ZoneId zone) {
        if (from.equals(until)) {
            return at;
        }
        ZonedDateTime local = at.atZone(zone);
        LocalTime time = local.toLocalTime();
        boolean acrossMidnight = from.isAfter(until);
        boolean quiet = acrossMidnight
                ? !time.isBefore(from) || time.isBefore(until)
                : !time.isBefore(from) && time.isBefore(until);
        if (!quiet) {
            return at;
        }
        LocalDate endDay = acrossMidnight && !time.isBefore(from) ? local.toLocalDate().plusDays(1) : local.toLocalDate();
        // atZone resolves a time skipped by a daylight-saving change to the first valid instant after it
        return endDay.atTime(until).atZone(zone).toInstant();
    }
}
