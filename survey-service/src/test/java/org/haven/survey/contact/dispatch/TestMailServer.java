package org.haven.survey.contact.dispatch;

import com.icegreen.greenmail.Managers;
import com.icegreen.greenmail.mail.MailAddress;
import com.icegreen.greenmail.server.AbstractServer;
import com.icegreen.greenmail.smtp.SmtpManager;
import com.icegreen.greenmail.smtp.SmtpState;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A real SMTP server in the test JVM (GreenMail) on a fixed free port, so it can be stopped and started again
 * where the service expects it. Like a real relay it refuses, with 550, recipients whose mailbox does not exist:
 * here every address that starts with {@code gone}. Mail received before a stop is kept.
 */
public final class TestMailServer {

    private final int port = freePort();
    private final List<ReceivedMail> kept = new ArrayList<>();
    private GreenMail server;

    public int port() {
        return port;
    }

    public synchronized void start() {
        server = new RefusingGreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
    }

    public synchronized void stop() {
        kept.addAll(current());
        server.stop();
        server = null;
    }

    /** Every mail received so far (grouped by mailbox, not in the order of arrival). */
    public synchronized List<ReceivedMail> received() {
        List<ReceivedMail> all = new ArrayList<>(kept);
        all.addAll(current());
        return all;
    }

    private List<ReceivedMail> current() {
        if (server == null) {
            return List.of();
        }
        List<ReceivedMail> mails = new ArrayList<>();
        for (MimeMessage message : server.getReceivedMessages()) {
            mails.add(ReceivedMail.of(message));
        }
        return mails;
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A mail as the participant sees it. */
    public record ReceivedMail(String messageId, String to, String subject, String text, java.time.Instant sentAt) {

        static ReceivedMail of(MimeMessage message) {
            try {
                return new ReceivedMail(message.getMessageID(), message.getAllRecipients()[0].toString(),
                        message.getSubject(),
                        GreenMailUtil.getBody(message).replace("\r\n", "\n"), message.getSentDate().toInstant());
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private static final class RefusingGreenMail extends GreenMail {

        RefusingGreenMail(ServerSetup setup) {
            super(setup);
        }

        @Override
        protected Map<String, AbstractServer> createServices(ServerSetup[] config, Managers ignored) {
            managers = new RefusingManagers();
            return super.createServices(config, managers);
        }
    }

    private static final class RefusingManagers extends Managers {

        private final SmtpManager smtp = new SmtpManager(getImapHostManager(), getUserManager()) {
            @Override
            public String checkRecipient(SmtpState state, MailAddress address) {
                return address.getEmail().startsWith("gone") ? "550 5.1.1 mailbox unavailable" : null;
            }
        };

        @Override
        public SmtpManager getSmtpManager() {
            return smtp;
        }
    }
}
