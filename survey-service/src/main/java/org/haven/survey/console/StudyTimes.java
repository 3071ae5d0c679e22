package org.haven.survey.console;

import org.haven.events.study.WaveWindow;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Times of a study's page, written in the study's time zone with the zone named. */
record StudyTimes(ZoneId zone) {

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    public String format(Instant instant) {
        return instant == null ? "" : FORMAT.format(instant.atZone(zone)) + " " + zone.getId();
    }

    /** A wave's window in words, its times in the study's zone. */
    public String describe(WaveWindow window) {
        if (window instanceof WaveWindow.Absolute absolute) {
            return "from " + format(absolute.opensAt()) + " to " + format(absolute.closesAt());
        }
        if (window instanceof WaveWindow.RelativeToEnrollment relative) {
            return "opens " + relative.offsetDays() + " days after enrollment, open " + relative.lengthDays()
                    + " days";
        }
        return "always open";
    }

    public String name() {
        return zone.getId();
    }
}
