package org.haven.events.study;

import org.haven.events.Actor;
import org.haven.events.EventRevision;

import static org.haven.events.Require.text;
import static org.haven.events.Require.present;

/**
 * A researcher created a study; the researcher who acted owns it. {@code importsMayEnroll} lets a CSV
 * import enroll participant references the study does not know yet.
 */
@EventRevision(1)
public record StudyCreated(String studyId, String title, boolean importsMayEnroll, Actor actor)
        implements StudyEvent {

    public StudyCreated {
        text(studyId, "studyId");
        text(title, "title");
        present(actor, "actor");
    }
}
