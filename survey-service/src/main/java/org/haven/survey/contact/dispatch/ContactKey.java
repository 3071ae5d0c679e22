package org.haven.survey.contact.dispatch;

import org.haven.events.ContactKind;

/** Which contact: the participant's wave, the kind, and its number (0 for the invitation, reminders from 1). */
public record ContactKey(String participantId, int wave, ContactKind kind, int ordinal) {
}
