package org.haven.events.study;

import org.haven.events.Require;

/**
 * The wording of one kind of contact mail: a subject and a plain-text body, optionally an HTML body, with the
 * placeholders {@code {link}}, {@code {wave}}, {@code {closes}}, {@code {study}} and {@code {stop_emails_link}}.
 */
public record MailTemplate(String subject, String text, String html) {

    public MailTemplate {
        Require.text(subject, "subject");
        Require.text(text, "text");
    }
}
