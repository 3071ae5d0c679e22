package org.haven.events.json;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.haven.events.study.InstrumentVersionPublished;

/**
 * Revision 2 of InstrumentVersionPublished gave the instrument an optional participant title and instructions
 * and each scale an optional wording. A revision 1 instrument had none of them: it reads with them absent, and
 * the page, report and codebook use words made from its scale (InstrumentWording), as for any instrument
 * without its own. The JSON is unchanged; the step exists so that the revision history is complete.
 */
final class InstrumentVersionPublishedV1ToV2 implements JsonUpcaster {

    @Override
    public String eventType() {
        return EventTypes.nameOf(InstrumentVersionPublished.class);
    }

    @Override
    public int fromRevision() {
        return 1;
    }

    @Override
    public ObjectNode upcast(ObjectNode payload) {
        return payload;
    }
}
