package org.haven.survey.contact.dispatch;

import org.haven.survey.contact.RenderedMail;
import org.haven.survey.pages.PageSettings;
import org.springframework.web.util.HtmlUtils;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The study's help lines (its team's contact and, if set, a support line: the same lines as at the foot of every
 * participant page) close every contact mail, below what the template says: a participant who is unsure about a
 * mail, or about their safety, finds whom to ask in the mail itself. In the HTML body they are escaped.
 */
final class MailHelpLines {

    private MailHelpLines() {
    }

    static RenderedMail append(RenderedMail mail, PageSettings pages) {
        List<String> lines = new ArrayList<>();
        for (String line : new String[] {pages.studyContact(), pages.supportLine()}) {
            if (line != null && !line.isBlank()) {
                lines.add(line.strip());
            }
        }
        if (lines.isEmpty()) {
            return mail;
        }
        String text = mail.text().endsWith("\n") ? mail.text() : mail.text() + "\n";
        text += "\n" + String.join("\n", lines) + "\n";
        return new RenderedMail(mail.subject(), text, mail.html() == null ? null : html(mail.html(), lines));
    }

    private static String html(String html, List<String> lines) {
        StringBuilder help = new StringBuilder();
        for (String line : lines) {
            help.append("<p>").append(HtmlUtils.htmlEscape(line)).append("</p>\n");
        }
        int end = html.toLowerCase(Locale.ROOT).lastIndexOf("</body>");
        return end < 0 ? html + "\n" + help : html.substring(0, end) + help + html.substring(end);
    }
}
