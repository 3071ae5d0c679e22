package org.haven.demo.mail;

import java.io.IOException;
import java.io.PrintStream;
import java.util.List;

/** How many invitations and reminders the demo's mailboxes received, counted in GreenMail, not in the service. */
public record MailFigures(int mailboxes, int invitations, int reminders) {

    public static MailFigures count(GreenMailInbox inbox, List<String> addresses)
            throws IOException, InterruptedException {
        int invitations = 0;
        int reminders = 0;
        for (String address : addresses) {
            for (DeliveredMail mail : inbox.contactMails(address)) {
                if (mail.kind() == DeliveredMail.Kind.INVITATION) {
                    invitations++;
                } else {
                    reminders++;
                }
            }
        }
        return new MailFigures(addresses.size(), invitations, reminders);
    }

    public void print(PrintStream out) {
        out.printf("e-mail, counted in the local mail server's mailboxes: %d participants got %d invitations and"
                + " %d reminders%n", mailboxes, invitations, reminders);
    }
}
