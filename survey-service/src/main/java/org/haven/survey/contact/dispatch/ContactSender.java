package org.haven.survey.contact.dispatch;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.mail.internet.MimeMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.haven.events.study.ContactSchedule;
import org.haven.survey.access.ParticipantTokens;
import org.haven.survey.contact.ContactAddress;
import org.haven.survey.contact.ContactDirectory;
import org.haven.survey.contact.ContactSettings;
import org.haven.survey.participant.RecordContactFailed;
import org.haven.survey.participant.RecordContactSent;
import org.haven.survey.study.StudyCatalog;
import org.haven.survey.study.StudyDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;

import java.time.Instant;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Mails one claimed contact. Checks first (what stops mail, then the quiet hours in the participant's zone), then
 * issues the mail's token, hands the mail to the server and records ContactSent, which finishes the outbox row in
 * the same transaction. A server that cannot be reached, or answers 4xx, means: try again later with backoff;
 * a 5xx reply refuses the address for good: ContactFailed. A crash between the server's acceptance and the record
 * leaves the claim to expire, and the contact is mailed again: the one accepted duplicate.
 */
class ContactSender {

    private static final Logger log = LoggerFactory.getLogger(ContactSender.class);

    private final ContactOutbox outbox;
    private final SendTimeChecks checks;
    private final ContactSettings settings;
    private final ContactDirectory directory;
    private final StudyCatalog catalog;
    private final ParticipantTokens tokens;
    private final ContactMails mails;
    private final JavaMailSender mailSender;
    private final CommandGateway commands;
    private final Backoff backoff;
    private final MeterRegistry meters;

    ContactSender(ContactOutbox outbox, SendTimeChecks checks, ContactSettings settings, ContactDirectory directory,
                  StudyCatalog catalog, ParticipantTokens tokens, ContactMails mails, JavaMailSender mailSender,
                  CommandGateway commands, Backoff backoff, MeterRegistry meters) {
        this.outbox = outbox;
        this.checks = checks;
        this.settings = settings;
        this.directory = directory;
        this.catalog = catalog;
        this.tokens = tokens;
        this.mails = mails;
        this.mailSender = mailSender;
        this.commands = commands;
        this.backoff = backoff;
        this.meters = meters;
    }

    /** Sends the contact, which this instance has claimed, or says why not; true if a mail went out. */
    boolean send(OutboxEntry entry, Instant now) {
        ContactKey key = entry.key();
        Optional<String> stop = checks.reasonToDrop(entry, now);
        Optional<ContactSchedule> schedule = settings.scheduleOf(entry.studyId());
        Optional<ContactAddress> address = directory.addressOf(key.participantId());
        Optional<StudyDefinition> study = catalog.find(entry.studyId());
        String reason = stop.orElse(schedule.isEmpty() ? "no-schedule" : address.isEmpty() ? "no-address"
                : study.isEmpty() ? "no-study" : null);
        if (reason != null) {
            drop(key, reason, now);
            return false;
        }
        Instant allowed = new QuietHours(schedule.get().quietFrom(), schedule.get().quietUntil())
                .nextAllowed(now, address.get().zone());
        if (allowed.isAfter(now)) {
            if (entry.closesAt() != null && !allowed.isBefore(entry.closesAt())) {
                drop(key, "wave-closed", now);
            } else {
                outbox.postpone(key, allowed);
            }
            return false;
        }
        String token = tokens.issue(key.participantId(), now);
        MimeMessage message = mails.write(entry, schedule.get(), address.get(), study.get().title(), token, now);
        try {
            mailSender.send(message);
        } catch (MailException failure) {
            tokens.revoke(token, now);
            failed(entry, failure, now);
            return false;
        }
        commands.sendAndWait(new RecordContactSent(key.participantId(), key.wave(), key.kind(), key.ordinal(), now));
        meters.counter("haven.contact.sent", "kind", key.kind().name().toLowerCase()).increment();
        return true;
    }

    private void failed(OutboxEntry entry, MailException failure, Instant now) {
        ContactKey key = entry.key();
        OptionalInt refused = SmtpReply.permanentCode(failure);
        if (refused.isPresent()) {
            commands.sendAndWait(new RecordContactFailed(key.participantId(), key.wave(), key.kind(), key.ordinal(),
                    refused.getAsInt(), now));
            meters.counter("haven.contact.failed").increment();
            log.info("address of participant {} refused for good (SMTP {}); no more mail until it changes",
                    key.participantId(), refused.getAsInt());
            return;
        }
        String error = SmtpReply.describe(failure);
        outbox.retryLater(key, now.plus(backoff.after(entry.attempts() + 1)), error);
        meters.counter("haven.contact.retries").increment();
        log.warn("contact not sent, will retry: {}", error);
    }

    private void drop(ContactKey key, String reason, Instant now) {
        outbox.drop(key, reason, now);
        meters.counter("haven.contact.dropped", "reason", reason).increment();
    }
}
