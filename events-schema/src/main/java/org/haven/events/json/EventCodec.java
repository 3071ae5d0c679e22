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
        int current = EventTypes.revisionOf(type);
        if (from == current) {
            return readCurrent(typeName, revision, json, type);
        }
        try {
            JsonNode tree = mapper.readTree(json);
            if (!(tree instanceof ObjectNode payload)) {
                throw new UnreadableEventException(typeName + " payload is not a JSON object");
            }
            return mapper.treeToValue(upcasters.upcast(typeName, from, current, payload), type);
        } catch (IOException e) {
            throw new UnreadableEventException("cannot read " + typeName + " revision " + revision
                    + ": " + e.getMessage(), e);
        }
    }

    /**
     * Today's revision straight into the record, without the tree an upcaster needs: the batch reads a million of
     * these, and parsing each twice was the largest part of its replay.
     */
    private HavenEvent readCurrent(String typeName, String revision, byte[] json, Class<? extends HavenEvent> type) {
        if (!startsAnObject(json)) {
            throw new UnreadableEventException(typeName + " payload is not a JSON object");
        }
        try {
            return mapper.readValue(json, type);
        } catch (IOException e) {
            throw new UnreadableEventException("cannot read " + typeName + " revision " + revision
                    + ": " + e.getMessage(), e);
        }
    }

    private static boolean startsAnObject(byte[] json) {
        for (byte b : json) {
            if (b != ' ' && b != '\t' && b != '\n' && b != '\r') {
                return b == '{';
            }
        }
        return false;
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
