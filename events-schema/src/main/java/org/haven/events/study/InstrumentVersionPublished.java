package org.haven.events.study;

import org.haven.events.Actor;
import org.haven.events.EventRevision;
import org.haven.instrument.Instrument;

import static org.haven.events.Require.present;
import static org.haven.events.Require.text;

/**
 * An instrument version became the study's current one. The event carries the whole instrument, so the
 * batch can build the codebook and score answers from the topic alone. Revision 2 added the instrument's
 * optional participant title and instructions and its scales' optional wording.
 */
@EventRevision(2)
public record InstrumentVersionPublished(String studyId, Instrument instrument, Actor actor) implements StudyEvent {

    public InstrumentVersionPublished {
        text(studyId, "studyId");
        present(instrument, "instrument");
        present(actor, "actor");
    }
}
