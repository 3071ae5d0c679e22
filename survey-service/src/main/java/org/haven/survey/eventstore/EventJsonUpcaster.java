package org.haven.survey.eventstore;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;
import org.haven.events.json.JsonUpcaster;
import org.haven.events.json.Upcasters;

import java.util.Optional;

/**
 * Hands the upcasters of events-schema to Axon, one step at a time, so events stored in an old shape are
 * read by aggregates and the publisher in today's shape: the batch applies the very same steps.
 */
public class EventJsonUpcaster extends SingleEventUpcaster {

    private final Upcasters upcasters;

    public EventJsonUpcaster(Upcasters upcasters) {
        this.upcasters = upcasters;
    }

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation representation) {
        return step(representation).isPresent();
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
        JsonUpcaster step = step(representation).orElseThrow();
        return representation.upcastPayload(
                new SimpleSerializedType(step.eventType(), String.valueOf(step.toRevision())),
                JsonNode.class,
                payload -> step.upcast((ObjectNode) payload));
    }

    private Optional<JsonUpcaster> step(IntermediateEventRepresentation representation) {
        String revision = representation.getType().getRevision();
        if (revision == null || !revision.chars().allMatch(Character::isDigit) || revision.isEmpty()) {
            return Optional.empty();
        }
        return upcasters.stepFor(representation.getType().getName(), Integer.parseInt(revision));
    }
}
