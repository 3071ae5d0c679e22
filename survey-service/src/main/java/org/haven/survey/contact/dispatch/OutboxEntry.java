package org.haven.survey.contact.dispatch;

import java.time.Instant;

/**
 * A contact waiting in the outbox: when it fell due, when its wave closes (null for a wave that never closes),
 * and how many attempts to mail it failed so far.
 */
public record OutboxEntry(ContactKey key, String studyId, Instant dueAt, Instant closesAt, int attempts) {
}
