package org.haven.survey.contact;

import java.time.ZonedDateTime;

/**
 * What a mail's placeholders stand for: {@code {link}}, {@code {wave}}, {@code {closes}} (in the participant's zone;
 * null for a wave that never closes), {@code {study}} (the study's title) and {@code {stop_emails_link}}.
 */
public record MailValues(String link, int wave, ZonedDateTime closes, String study, String stopEmailsLink) {

    @Override
    public String toString() {
        return "MailValues[link=(redacted), wave=" + wave + ", closes=" + closes + ", stopEmailsLink=(redacted)]";
    }
}
