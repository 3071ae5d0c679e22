package org.haven.events.study;

import org.haven.events.Actor;
import org.haven.events.EventRevision;

import static org.haven.events.Require.present;
import static org.haven.events.Require.text;

/** A wave (numbered from 1) was added to a study with the window in which participants may answer it. */
@EventRevision(1)
public record WaveScheduled(String studyId, int wave, WaveWindow window, Actor actor) implements StudyEvent {

    public WaveScheduled {
        text(studyId, "studyId");
        if (wave < 1) {
            throw new IllegalArgumentException("wave numbers start at 1, got " + wave);
        }
        present(window, "window");
        present(actor, "actor");
    }
}
