package org.haven.survey.contact.dispatch;

import jakarta.mail.MessagingException;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.springframework.mail.MailSendException;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.OptionalInt;
import java.util.Set;

/**
 * What a failed send tells: a permanent refusal of the address (an SMTP 5xx reply) or something to try again
 * (server unreachable, a 4xx reply, a dropped connection). The description names the kind of failure only:
 * the server's reply text may quote the address, which must not reach a log or the health details.
 */
final class SmtpReply {

    private static final Set<Integer> MAILBOX_REFUSALS = Set.of(550, 551, 553);

    private SmtpReply() {
    }

    /**
     * The 5xx code if the server refused the recipient for good: a 5xx reply to RCPT TO, or a 550, 551 or 553
     * ("mailbox unavailable", "user not local", "mailbox name not allowed") later in the transaction. Other 5xx
     * replies (authentication required, say) are the relay's configuration, not the participant's address: they
     * are retried and show in the mail queue's health until someone fixes the settings.
     */
    static OptionalInt permanentCode(Exception failure) {
        for (Throwable cause : causes(failure)) {
            int code = cause instanceof SMTPAddressFailedException refused ? refused.getReturnCode()
                    : cause instanceof SMTPSendFailedException failed && MAILBOX_REFUSALS.contains(failed.getReturnCode())
                    ? failed.getReturnCode() : -1;
            if (code >= 500 && code <= 599) {
                return OptionalInt.of(code);
            }
        }
        return OptionalInt.empty();
    }

    /** A short, address-free description for the queue's last error. */
    static String describe(Exception failure) {
        for (Throwable cause : causes(failure)) {
            if (cause instanceof SMTPAddressFailedException refused) {
                return "recipient refused: SMTP " + refused.getReturnCode();
            }
            if (cause instanceof SMTPSendFailedException failed) {
                return "send refused: SMTP " + failed.getReturnCode();
            }
            if (cause instanceof java.net.ConnectException || cause instanceof java.net.UnknownHostException) {
                return "mail server unreachable: " + cause.getClass().getSimpleName();
            }
        }
        return "mail server error: " + failure.getClass().getSimpleName();
    }

    private static Set<Throwable> causes(Throwable failure) {
        Set<Throwable> seen = new LinkedHashSet<>();
        Deque<Throwable> todo = new ArrayDeque<>();
        todo.add(failure);
        while (!todo.isEmpty()) {
            Throwable next = todo.poll();
            if (next == null || !seen.add(next)) {
                continue;
            }
            if (next.getCause() != null) {
                todo.add(next.getCause());
            }
            if (next instanceof MessagingException messaging && messaging.getNextException() != null) {
                todo.add(messaging.getNextException());
            }
            if (next instanceof MailSendException send) {
                todo.addAll(send.getFailedMessages().values());
            }
        }
        return seen;
    }
}
