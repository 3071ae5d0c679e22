package org.haven.events.study;

import org.haven.events.Actor;
import org.haven.events.EventRevision;

import static org.haven.events.Require.present;
import static org.haven.events.Require.text;

/**
 * How the study's participant pages protect someone answering on a device another person can pick up:
 * {@code pageTitle}, the neutral name in the browser tab and above every page (the study's own title appears
 * only inside the questionnaire); {@code exitUrl}, where the quick exit goes; {@code idleMinutes}, after which an
 * untouched page session ends; and the optional help lines shown on every page: {@code studyContact} (how to
 * reach the study team) and {@code supportLine} (e.g. a support service). A later event replaces an earlier one
 * entirely. Nothing here is about a participant, and the analyses do not use it.
 */
@EventRevision(1)
public record ParticipantPagesConfigured(String studyId, String pageTitle, String exitUrl, int idleMinutes,
                                         String studyContact, String supportLine, Actor actor)
        implements StudyEvent {

    public ParticipantPagesConfigured {
        text(studyId, "studyId");
        text(pageTitle, "pageTitle");
        text(exitUrl, "exitUrl");
        if (idleMinutes < 2) {
            throw new IllegalArgumentException("idleMinutes must be at least 2 (the warning comes a minute before)");
        }
        present(actor, "actor");
    }
}
