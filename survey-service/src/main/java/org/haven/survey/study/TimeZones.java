package org.haven.survey.study;

import org.haven.survey.problem.BadInputException;

import java.time.ZoneId;

/** Time zones as researchers give them: IANA names only, so "the participant's zone" follows daylight saving. */
public final class TimeZones {

    static final String HINT = "an IANA time zone such as Europe/Berlin or America/New_York";

    private TimeZones() {
    }

    /** The zone, or null when none was given. */
    public static ZoneId optional(String value, String field) {
        return value == null || value.isBlank() ? null : required(value, field);
    }

    public static ZoneId required(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new BadInputException(field, "required: " + HINT);
        }
        String name = value.strip();
        // fixed offsets such as +02:00 are valid ZoneIds but ignore daylight saving: refused
        if (!ZoneId.getAvailableZoneIds().contains(name)) {
            throw new BadInputException(field, "unknown time zone; use " + HINT);
        }
        return ZoneId.of(name);
    }
}
