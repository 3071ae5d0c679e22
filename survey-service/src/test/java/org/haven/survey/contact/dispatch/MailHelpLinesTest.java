package org.haven.survey.contact.dispatch;

import org.haven.survey.contact.RenderedMail;
import org.haven.survey.pages.PageSettings;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MailHelpLinesTest {

    private static PageSettings pages(String studyContact, String supportLine) {
        return new PageSettings("Your study", "https://www.example.org", 20, studyContact, supportLine);
    }

    @Test
    void both_lines_close_the_text_and_stand_escaped_before_the_end_of_the_html_body() {
        RenderedMail mail = new RenderedMail("Study link", "Your link: L", "<html><body><p>Your link: L</p></BODY></html>");

        RenderedMail helped = MailHelpLines.append(mail, pages("Team <team@uni.example>", " Support: 0800 1 "));

        assertThat(helped.subject()).isEqualTo("Study link");
        assertThat(helped.text()).isEqualTo("Your link: L\n\nTeam <team@uni.example>\nSupport: 0800 1\n");
        assertThat(helped.html()).isEqualTo("<html><body><p>Your link: L</p><p>Team &lt;team@uni.example&gt;</p>\n"
                + "<p>Support: 0800 1</p>\n</BODY></html>");
    }

    @Test
    void a_support_line_alone_is_added_and_an_html_fragment_gets_it_at_its_end() {
        RenderedMail helped = MailHelpLines.append(new RenderedMail("s", "text\n", "<p>x</p>"), pages(null, "Help: 1"));

        assertThat(helped.text()).isEqualTo("text\n\nHelp: 1\n");
        assertThat(helped.html()).isEqualTo("<p>x</p>\n<p>Help: 1</p>\n");
    }

    @Test
    void without_help_lines_the_mail_is_what_the_template_says() {
        RenderedMail mail = new RenderedMail("s", "text", null);

        assertThat(MailHelpLines.append(mail, pages(null, " "))).isSameAs(mail);
        assertThat(MailHelpLines.append(mail, pages("Team", null)).html()).isNull();
    }
}
