package org.haven.events.json;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.haven.events.participant.ParticipantEnrolled;

/**
 * Revision 2 of ParticipantEnrolled added an optional {@code timeZone}. A revision 1 enrollment had none, so its
 * participant follows the study's time zone: the shape is unchanged, only the revision moves on.
 */
final class ParticipantEnrolledV1ToV2 implements JsonUpcaster {

    @Override
    public String eventType() {
        return EventTypes.nameOf(ParticipantEnrolled.class);
    }

    @Override
    public int fromRevision() {
        return 1;
    }

    @Override
    public ObjectNode upcast(ObjectNode payload) {
        // nothing to rewrite: the absent field reads as null, which means "the study's time zone"
        return payload;
    }
}
