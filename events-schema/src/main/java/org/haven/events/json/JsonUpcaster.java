package org.haven.events.json;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Turns the JSON of one event type from revision {@link #fromRevision()} into the next revision. Upcasters
 * work on JSON, not on classes, because the old shape has no class any more.
 */
public interface JsonUpcaster {

    String eventType();

    int fromRevision();

    default int toRevision() {
        return fromRevision() + 1;
    }

    /** Returns the payload in the next revision's shape; may modify and return its argument. */
    ObjectNode upcast(ObjectNode payload);
}
