package org.haven.events.participant;

import org.haven.events.ContactKind;

import static org.haven.events.Require.present;

/** The numbering the contact events share: waves from 1, the invitation as 0, reminders from 1. */
final class ContactNumbering {

    private ContactNumbering() {
    }

    static void check(int wave, ContactKind kind, int ordinal) {
        if (wave < 1) {
            throw new IllegalArgumentException("wave numbers start at 1, got " + wave);
        }
        present(kind, "kind");
        if ((kind == ContactKind.INVITATION) != (ordinal == 0) || ordinal < 0) {
            throw new IllegalArgumentException("ordinal: 0 for the invitation, from 1 for reminders; got "
                    + ordinal + " for " + kind);
        }
    }
}
