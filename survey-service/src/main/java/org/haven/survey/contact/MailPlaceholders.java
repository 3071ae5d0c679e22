package org.haven.survey.contact;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The placeholders a mail template may use. Anything written like a placeholder ({@code {name}}) that is none of
 * them is a mistake the researcher must hear about before a participant reads it in a mail.
 */
public final class MailPlaceholders {

    public static final String LINK = "link";
    public static final String WAVE = "wave";
    public static final String CLOSES = "closes";
    public static final String STUDY = "study";
    public static final String STOP_EMAILS_LINK = "stop_emails_link";

    /** Every placeholder, as written in a template. */
    public static final List<String> ALL = List.of("{" + LINK + "}", "{" + WAVE + "}", "{" + CLOSES + "}",
            "{" + STUDY + "}", "{" + STOP_EMAILS_LINK + "}");
    /** A subject carries no link: subjects show in inbox lists and mail-server logs. */
    public static final List<String> IN_SUBJECT = List.of("{" + WAVE + "}", "{" + CLOSES + "}", "{" + STUDY + "}");

    // identifier-like words in braces only, so a brace in plain prose or an HTML style block is left alone
    static final Pattern PLACEHOLDER = Pattern.compile("\\{\\s*([A-Za-z_][A-Za-z0-9_]*)\\s*}");

    private MailPlaceholders() {
    }

    /** Placeholders in {@code text} outside {@code allowed}, each once, in order of appearance. */
    public static List<String> unknown(String text, List<String> allowed) {
        Set<String> found = new LinkedHashSet<>();
        Matcher matcher = PLACEHOLDER.matcher(text);
        while (matcher.find()) {
            if (!allowed.contains(matcher.group())) {
                found.add(matcher.group());
            }
        }
        return new ArrayList<>(found);
    }

    public static boolean uses(String text, String placeholder) {
        return text.contains("{" + placeholder + "}");
    }
}
