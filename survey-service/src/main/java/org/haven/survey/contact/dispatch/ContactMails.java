package org.haven.survey.contact.dispatch;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.haven.events.study.ContactSchedule;
import org.haven.survey.access.PersonalLink;
import org.haven.survey.contact.ContactAddress;
import org.haven.survey.contact.MailRenderer;
import org.haven.survey.contact.MailValues;
import org.haven.survey.contact.RenderedMail;
import org.haven.survey.pages.StudyPageSettings;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;

/**
 * Writes one contact's mail: the study's template for its kind, filled with a link and a stop link that carry the
 * mail's own new token, and nothing else but the study's help lines at the end ({@link MailHelpLines}). The Date
 * header is the injected clock's time of sending.
 */
class ContactMails {

    private final JavaMailSender mailSender;
    private final MailRenderer renderer;
    private final PersonalLink links;
    private final StudyPageSettings pages;
    private final String from;

    ContactMails(JavaMailSender mailSender, MailRenderer renderer, PersonalLink links, StudyPageSettings pages,
                 String from) {
        this.mailSender = mailSender;
        this.renderer = renderer;
        this.links = links;
        this.pages = pages;
        this.from = from;
    }

    MimeMessage write(OutboxEntry entry, ContactSchedule schedule, ContactAddress address, String studyTitle,
                      String token, Instant now) {
        MailValues values = new MailValues(links.forToken(token), entry.key().wave(),
                entry.closesAt() == null ? null : entry.closesAt().atZone(address.zone()), studyTitle,
                links.stopEmails(token));
        RenderedMail mail = MailHelpLines.append(
                renderer.render(schedule.templates().get(entry.key().kind()), values), pages.of(entry.studyId()));
        try {
            MimeMessage message = mailSender.createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(message, mail.html() != null,
                    StandardCharsets.UTF_8.name());
            helper.setFrom(from);
            helper.setTo(address.email());
            helper.setSubject(mail.subject());
            helper.setSentDate(Date.from(now));
            if (mail.html() == null) {
                helper.setText(mail.text());
            } else {
                helper.setText(mail.text(), mail.html());
            }
            return message;
        } catch (MessagingException e) {
            // never the message: it would carry the address
            throw new IllegalStateException("could not write a contact mail: " + e.getClass().getSimpleName());
        }
    }
}
