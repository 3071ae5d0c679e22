package org.haven.survey.pages;

import java.time.Duration;

/**
 * What a study's participant pages show and how long their session lasts untouched: the neutral title (tab
 * and header), the quick exit's address, the idle time, and the optional help lines (null when not set).
 */
public record PageSettings(String pageTitle, String exitUrl, int idleMinutes, String studyContact,
                           String supportLine) {

    public Duration idle() {
        return Duration.ofMinutes(idleMinutes);
    }
}
