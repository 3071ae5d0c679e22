package org.haven.survey.contact;

/** A mail ready to send: subject, plain-text body and, when the template has one, an HTML body. */
public record RenderedMail(String subject, String text, String html) {

    @Override
    public String toString() {
        // the bodies hold a personal link
        return "RenderedMail[(redacted)]";
    }
}
