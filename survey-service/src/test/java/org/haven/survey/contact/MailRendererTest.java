package org.haven.survey.contact;

import org.haven.events.study.MailTemplate;
import org.junit.jupiter.api.Test;

import java.time.ZoneId;
import java.time.ZonedDateTime;

import static org.assertj.core.api.Assertions.assertThat;

class MailRendererTest {

    private static final ZonedDateTime CLOSES = ZonedDateTime.of(2027, 1, 15, 18, 0, 0, 0, ZoneId.of("Europe/Berlin"));
    private static final MailValues VALUES = new MailValues("https://haven.example.org/p#tok", 2, CLOSES,
            "Daily life <2027>", "https://haven.example.org/p/stop#tok");

    private final MailRenderer renderer = new MailRenderer();

    @Test
    void fills_every_placeholder_of_subject_and_text() {
        var mail = renderer.render(new MailTemplate("Round {wave} of {study}",
                "Open {link} before {closes}.\nNo more mail: {stop_emails_link}", null), VALUES);

        assertThat(mail.subject()).isEqualTo("Round 2 of Daily life <2027>");
        assertThat(mail.text()).isEqualTo("Open https://haven.example.org/p#tok before Friday 15 January 2027, 18:00"
                + " (Europe/Berlin).\nNo more mail: https://haven.example.org/p/stop#tok");
        assertThat(mail.html()).isNull();
    }

    @Test
    void escapes_the_values_in_the_html_body_but_not_the_template() {
        var mail = renderer.render(new MailTemplate("s", "t", "<p>{study}: <a href=\"{link}\">open</a></p>"),
                new MailValues("https://h.example/p#a&b", 1, null, "A & <b>", "https://h.example/p/stop#x"));

        assertThat(mail.html()).isEqualTo("<p>A &amp; &lt;b&gt;: <a href=\"https://h.example/p#a&amp;b\">open</a></p>");
    }

    @Test
    void a_value_that_looks_like_a_placeholder_is_not_filled_again() {
        var mail = renderer.render(new MailTemplate("{study}", "{study} {wave}", null),
                new MailValues("l", 3, null, "Study {link}", "s"));

        assertThat(mail.subject()).isEqualTo("Study {link}");
        assertThat(mail.text()).isEqualTo("Study {link} 3");
    }

    @Test
    void a_wave_that_never_closes_says_so() {
        var mail = renderer.render(new MailTemplate("s", "Closes: {closes}", null),
                new MailValues("l", 1, null, "x", "s"));

        assertThat(mail.text()).isEqualTo("Closes: no closing date");
    }

    @Test
    void a_line_break_in_the_subject_cannot_start_a_new_header() {
        var mail = renderer.render(new MailTemplate("{study}", "t", null),
                new MailValues("l", 1, null, "x\r\nBcc: a@example.org", "s"));

        assertThat(mail.subject()).isEqualTo("x Bcc: a@example.org");
    }

    @Test
    void names_unknown_placeholders_once_each_and_leaves_other_braces_alone() {
        assertThat(MailPlaceholders.unknown("{link} {Link} {lnk} { wave } {link} {lnk} p{color:red} {}",
                MailPlaceholders.ALL)).containsExactly("{Link}", "{lnk}", "{ wave }");
        assertThat(MailPlaceholders.unknown("Round {wave}: {link}", MailPlaceholders.IN_SUBJECT))
                .containsExactly("{link}");
    }
}
