package org.haven.survey.contact;

import org.haven.events.study.MailTemplate;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;

/**
 * Fills a mail template's placeholders. The mail holds exactly what the template says and nothing else; in the HTML
 * body every value is escaped, so a study title cannot inject markup.
 */
@Component
public class MailRenderer {

    /** {@code {closes}}: a date and time a participant reads without converting, e.g. "Friday 15 January 2027, 18:00". */
    static final DateTimeFormatter CLOSES = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy, HH:mm", Locale.ENGLISH);
    static final String NEVER_CLOSES = "no closing date";

    public RenderedMail render(MailTemplate template, MailValues values) {
        Map<String, String> plain = Map.of(
                MailPlaceholders.LINK, values.link(),
                MailPlaceholders.WAVE, Integer.toString(values.wave()),
                MailPlaceholders.CLOSES, closes(values.closes()),
                MailPlaceholders.STUDY, values.study() == null ? "" : values.study(),
                MailPlaceholders.STOP_EMAILS_LINK, values.stopEmailsLink());
        String subject = fill(template.subject(), plain, UnaryOperator.identity());
        return new RenderedMail(oneLine(subject), fill(template.text(), plain, UnaryOperator.identity()),
                template.html() == null ? null : fill(template.html(), plain, HtmlUtils::htmlEscape));
    }

    static String closes(ZonedDateTime closes) {
        return closes == null ? NEVER_CLOSES : CLOSES.format(closes) + " (" + closes.getZone().getId() + ")";
    }

    /** In one pass, so a value that itself looks like a placeholder (a study title, say) stays as it is. */
    private static String fill(String template, Map<String, String> values, UnaryOperator<String> escape) {
        Matcher matcher = MailPlaceholders.PLACEHOLDER.matcher(template);
        StringBuilder filled = new StringBuilder();
        while (matcher.find()) {
            String value = matcher.group().equals("{" + matcher.group(1) + "}") ? values.get(matcher.group(1)) : null;
            matcher.appendReplacement(filled, Matcher.quoteReplacement(
                    value == null ? matcher.group() : escape.apply(value)));
        }
        matcher.appendTail(filled);
        return filled.toString();
    }

    /** A line break in a subject would start a new mail header. */
    private static String oneLine(String subject) {
        return subject.replaceAll("[\\r\\n]+", " ").strip();
    }
}
