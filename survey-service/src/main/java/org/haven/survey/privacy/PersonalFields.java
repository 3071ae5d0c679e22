package org.haven.survey.privacy;

import org.haven.survey.problem.InvalidInputException;

import java.util.regex.Pattern;

/** The rules for the personal free-text fields Haven accepts, checked before anything is encrypted or stored. */
public final class PersonalFields {

    static final int MAX_EMAIL = 254;
    static final int MAX_COMMENT = 2000;
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private PersonalFields() {
    }

    /** The e-mail stripped, or null when none was given; a malformed one is refused (without echoing it). */
    public static String email(String email) {
        if (email == null || email.isBlank()) {
            return null;
        }
        String stripped = email.strip();
        if (stripped.length() > MAX_EMAIL || !EMAIL.matcher(stripped).matches()) {
            throw new InvalidInputException("contactEmail", "not an e-mail address like name@example.org");
        }
        return stripped;
    }

    public static String comment(String comment) {
        if (comment == null || comment.isBlank()) {
            return null;
        }
        if (comment.length() > MAX_COMMENT) {
            throw new InvalidInputException("comment", "at most " + MAX_COMMENT + " characters");
        }
        if (comment.codePoints().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t')) {
            throw new InvalidInputException("comment", "contains control characters; write plain text");
        }
        return comment.strip();
    }
}
