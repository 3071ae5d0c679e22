package org.haven.survey.web;

/** The one content security policy of every page the service renders (participant pages and console). */
public final class ContentSecurityPolicy {

    /** Everything the pages use is served by the service itself: no inline script, no other origin. */
    public static final String DIRECTIVES = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    private ContentSecurityPolicy() {
    }
}
