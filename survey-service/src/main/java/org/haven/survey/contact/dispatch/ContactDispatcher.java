package org.haven.survey.contact.dispatch;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * One round of the contact engine at the injected clock's time: plan what has fallen due, then claim and mail
 * every due contact of the outbox. A scheduled trigger calls it in production; tests move their clock and call
 * it. Claims are taken one contact at a time in the database, so instances sharing it never mail one twice.
 */
public class ContactDispatcher {

    private static final Logger log = LoggerFactory.getLogger(ContactDispatcher.class);
    private static final int BATCH = 100;

    private final ContactPlanner planner;
    private final ContactOutbox outbox;
    private final ContactSender sender;
    private final Clock clock;
    private final String instance;
    private final Duration lease;

    ContactDispatcher(ContactPlanner planner, ContactOutbox outbox, ContactSender sender, Clock clock, String instance,
                      Duration lease) {
        this.planner = planner;
        this.outbox = outbox;
        this.sender = sender;
        this.clock = clock;
        this.instance = instance;
        this.lease = lease;
    }

    /** Plans and sends what is due now; returns how many mails went out. */
    public synchronized int tick() {
        Instant now = clock.instant();
        planner.plan(now);
        int sent = 0;
        List<OutboxEntry> due = outbox.claimable(now, BATCH);
        while (!due.isEmpty()) {
            int handled = 0;
            for (OutboxEntry entry : due) {
                if (outbox.claim(entry.key(), instance, now, now.plus(lease))) {
                    handled++;
                    sent += sendOne(entry, now) ? 1 : 0;
                }
            }
            if (handled == 0) {
                break; // everything left is another instance's
            }
            due = outbox.claimable(now, BATCH);
        }
        return sent;
    }

    private boolean sendOne(OutboxEntry entry, Instant now) {
        try {
            return sender.send(entry, now);
        } catch (RuntimeException e) {
            // the claim stays until its lease ends, then the contact is tried again (by this or another instance)
            log.warn("contact for participant {} not finished: {}", entry.key().participantId(),
                    e.getClass().getSimpleName());
            return false;
        }
    }
}
