package org.haven.demo.mail;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DeliveredMailTest {

    private static final String TOKEN = "Qx7_b-3kLmN0pQrStUvWxYz0123456789abcdEFGHij";

    private static String mime(String subject, String encoding, String body) {
        return "Return-Path: <study-team@example.org>\r\nSubject: " + subject + "\r\n"
                + "Content-Type: text/plain; charset=UTF-8\r\nContent-Transfer-Encoding: " + encoding + "\r\n\r\n"
                + body;
    }

    @Test
    void an_invitation_gives_its_round_and_the_token_of_the_questionnaire_link_not_the_stop_link() {
        String body = "Hello,\r\n\r\nround 3 of your study is open. You can answer through your personal link:\r\n\r\n"
                + "http://127.0.0.1:8080/p#" + TOKEN + "\r\n\r\n"
                + "If you would rather not get these e-mails, open this link: http://127.0.0.1:8080/p/stop#other"
                + "TokenOtherTokenOtherToken\r\n";

        assertThat(DeliveredMail.parse("Study link", mime("Study link", "7bit", body)))
                .contains(new DeliveredMail(DeliveredMail.Kind.INVITATION, 3, TOKEN));
    }

    @Test
    void a_link_broken_by_quoted_printable_soft_line_breaks_is_joined_again() {
        String body = "round 1 of your study closes on Friday. Link: http://127.0.0.1:8080/p#" + TOKEN.substring(0, 10)
                + "=\r\n" + TOKEN.substring(10) + "\r\nCaf=C3=A9 =3D fine\r\n";

        assertThat(DeliveredMail.parse("A reminder from your study", mime("A reminder from your study",
                "quoted-printable", body))).contains(new DeliveredMail(DeliveredMail.Kind.REMINDER, 1, TOKEN));
        assertThat(DeliveredMail.body(mime("x", "quoted-printable", body))).contains("Café = fine");
    }

    @Test
    void a_base64_body_is_decoded() {
        String body = java.util.Base64.getMimeEncoder().encodeToString(
                ("round 2 is open: https://study.example.org/haven/p#" + TOKEN).getBytes());

        assertThat(DeliveredMail.parse("Study link", mime("Study link", "base64", body)))
                .contains(new DeliveredMail(DeliveredMail.Kind.INVITATION, 2, TOKEN));
    }

    @Test
    void other_mails_are_not_contact_mails() {
        String body = "round 1: http://127.0.0.1:8080/p#" + TOKEN;

        assertThat(DeliveredMail.parse("Hello", mime("Hello", "7bit", body))).isEmpty();
        assertThat(DeliveredMail.parse("Study link", mime("Study link", "7bit", "no link in round 1"))).isEmpty();
        assertThat(DeliveredMail.parse("Study link", mime("Study link", "7bit", "http://h/p#" + TOKEN))).isEmpty();
    }
}
