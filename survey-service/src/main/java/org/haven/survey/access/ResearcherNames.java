package org.haven.survey.access;

import java.util.Optional;
import java.util.regex.Pattern;

/** What a new researcher account's name may be: it ends up in events as the actor and in study memberships. */
public final class ResearcherNames {

    public static final int MAX_LENGTH = 64;
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._@-]{1,63}");

    private ResearcherNames() {
    }

    /** The problem with the name, if any, in words for the form. */
    public static Optional<String> problem(String name) {
        if (name == null || name.isBlank()) {
            return Optional.of("enter a name");
        }
        if (!NAME.matcher(name).matches()) {
            return Optional.of("use 2 to 64 letters, digits and . _ @ - (starting with a letter or digit)");
        }
        return Optional.empty();
    }
}
