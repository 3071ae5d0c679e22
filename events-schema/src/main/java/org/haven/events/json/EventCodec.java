package org.haven.events.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.haven.events.HavenEvent;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Writes events as today's JSON and reads them back from any revision ever written, upcasting on the way.
 * This is what the batch uses for topic records (type and revision come from the record headers).
 */
public final class EventCodec {

    private final ObjectMapper mapper;
    private final Upcasters upcasters;

    public EventCodec(ObjectMapper mapper, Upcasters upcasters) {
        this.mapper = mapper;
        this.upcasters = upcasters;
    }

    public static EventCodec standard() {
        return new EventCodec(EventJson.newMapper(), Upcasters.standard());
    }

    public byte[] write(HavenEvent event) {
        try {
            return mapper.writeValueAsBytes(event);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("cannot write " + event.getClass().getSimpleName(), e);
        }
    }

    public int revisionOf(HavenEvent event) {
        return EventTypes.revisionOf(event.getClass());
    }

    public HavenEvent read(String typeName, String revision, byte[] json) {
        Class<? extends HavenEvent> type = EventTypes.byName(typeName)
                .orElseThrow(() -> new UnreadableEventException("unknown event type " + typeName));
        int from = parseRevision(typeName, revision);
        try {
            JsonNode tree = mapper.readTree(json);
            if (!(tree instanceof ObjectNode payload)) {
                throw new UnreadableEventException(typeName + " payload is not a JSON object");
            }
            ObjectNode current = upcasters.upcast(typeName, from, EventTypes.revisionOf(type), payload);
            return mapper.treeToValue(current, type);
        } catch (IOException e) {
            throw new UnreadableEventException("cannot read " + typeName + " revision " + revision
                    + ": " + e.getMessage(), e);
        }
    }

    private static int parseRevision(String typeName, String revision) {
        if (revision == null) {
            throw new UnreadableEventException(typeName + " has no revision");
        }
        try {
            return Integer.parseInt(revision);
        } catch (NumberFormatException e) {
            throw new UnreadableEventException(typeName + " has no numeric revision: " + revision);
        }
    }
}
