package org.haven.survey.pages;

import org.haven.survey.problem.InvalidInputException;
import org.haven.survey.problem.Violation;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

/** What a study's page settings must be, checked before a command is sent; every problem named by its field. */
final class ParticipantPagesRules {

    static final int MAX_TITLE = 60;
    static final int MAX_LINE = 300;
    static final int MIN_IDLE = 2;
    static final int MAX_IDLE = 240;

    private ParticipantPagesRules() {
    }

    static void check(String pageTitle, String exitUrl, Integer idleMinutes, String studyContact, String supportLine) {
        List<Violation> problems = new ArrayList<>();
        text("pageTitle", pageTitle, MAX_TITLE, problems);
        if (exitUrl != null && !webAddress(exitUrl)) {
            problems.add(new Violation("exitUrl", "an absolute http or https address like https://www.example.org/"));
        }
        if (idleMinutes != null && (idleMinutes < MIN_IDLE || idleMinutes > MAX_IDLE)) {
            problems.add(new Violation("idleMinutes", "between " + MIN_IDLE + " and " + MAX_IDLE
                    + " minutes (the warning comes a minute before)"));
        }
        text("studyContact", studyContact, MAX_LINE, problems);
        text("supportLine", supportLine, MAX_LINE, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    private static void text(String field, String value, int max, List<Violation> problems) {
        if (value == null) {
            return;
        }
        if (value.isBlank()) {
            problems.add(new Violation(field, "empty; leave the field out to use the default or show none"));
        } else if (value.length() > max) {
            problems.add(new Violation(field, "at most " + max + " characters"));
        } else if (value.codePoints().anyMatch(Character::isISOControl)) {
            problems.add(new Violation(field, "one line of plain text, without control characters"));
        }
    }

    /** Only http(s): a javascript: or data: address would run in the service's page instead of leaving it. */
    static boolean webAddress(String value) {
        try {
            URI uri = new URI(value.strip());
            return uri.isAbsolute() && ("https".equalsIgnoreCase(uri.getScheme())
                    || "http".equalsIgnoreCase(uri.getScheme())) && uri.getHost() != null
                    && value.length() <= 2000 && uri.getRawUserInfo() == null;
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }
}
