package org.haven.events.study;

import org.haven.events.Actor;
import org.haven.events.EventRevision;

import static org.haven.events.Require.present;
import static org.haven.events.Require.text;

/**
 * The researcher who created a study allowed its waves to overlap or run out of order (waves are otherwise refused
 * when one opens before an earlier one has closed). Recorded before the study's {@link WaveScheduled} events.
 */
@EventRevision(1)
public record WaveOverlapAllowed(String studyId, Actor actor) implements StudyEvent {

    public WaveOverlapAllowed {
        text(studyId, "studyId");
        present(actor, "actor");
    }
}
