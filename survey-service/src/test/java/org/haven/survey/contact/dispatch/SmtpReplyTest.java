package org.haven.survey.contact.dispatch;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.junit.jupiter.api.Test;
import org.springframework.mail.MailSendException;

import java.net.ConnectException;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class SmtpReplyTest {

    @Test
    void a_refused_recipient_is_permanent_with_its_code_and_described_without_the_address() throws Exception {
        var refused = new SMTPAddressFailedException(new InternetAddress("nobody@example.org"), "RCPT TO", 550,
                "550 5.1.1 <nobody@example.org> unknown");
        var failure = new MailSendException(Map.of(new Object(), new MessagingException("send failed", refused)));
        assertThat(SmtpReply.permanentCode(failure)).hasValue(550);
        assertThat(SmtpReply.describe(failure)).isEqualTo("recipient refused: SMTP 550").doesNotContain("example.org");
    }

    @Test
    void a_relay_that_wants_authentication_or_is_away_is_tried_again() {
        var authentication = new SMTPSendFailedException("MAIL FROM", 530, "530 authentication required", null,
                null, null, null);
        assertThat(SmtpReply.permanentCode(new MailSendException("failed", authentication))).isEmpty();
        var away = new MailSendException("Mail server connection failed",
                new MessagingException("could not connect", new ConnectException("Connection refused")));
        assertThat(SmtpReply.permanentCode(away)).isEmpty();
        assertThat(SmtpReply.describe(away)).isEqualTo("mail server unreachable: ConnectException");
    }
}
