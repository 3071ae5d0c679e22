package org.haven.survey.questionnaire;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import java.util.UUID;

/**
 * Which page of a page session the browser shows last. A page that goes away (tab closed, address typed, reload)
 * asks to end the session with its own id; the browser requests the next page before the old one goes away, so
 * a page that was followed by another one of the session (a link, a form, a reload, Back) no longer ends it,
 * while the last page of a closed tab does.
 */
final class LatestPage {

    private static final String ATTRIBUTE = "haven.latest-page";

    private LatestPage() {
    }

    /**
     * A new id for a page the browser will show as a document (not for the script's own requests, which no page
     * shows: their {@code Sec-Fetch-Dest} is {@code empty}, and browsers without that header do not ask for HTML);
     * null outside a session, where there is nothing to end.
     */
    static String mark(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null || !isDocument(request)) {
            return null;
        }
        String id = UUID.randomUUID().toString();
        session.setAttribute(ATTRIBUTE, id);
        return id;
    }

    private static boolean isDocument(HttpServletRequest request) {
        String destination = request.getHeader("Sec-Fetch-Dest");
        if (destination != null) {
            return destination.equals("document");
        }
        String accept = request.getHeader("Accept");
        return accept != null && accept.contains("text/html");
    }

    static boolean isLatest(HttpSession session, String pageId) {
        return pageId.equals(session.getAttribute(ATTRIBUTE));
    }
}
