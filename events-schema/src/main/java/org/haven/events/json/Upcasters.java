package org.haven.events.json;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.List;
import java.util.Optional;

/** The chain of every upcaster Haven has ever needed; add new ones here, never remove old ones. */
public final class Upcasters {

    private static final Upcasters STANDARD = new Upcasters(List.of(new QuestionnaireSubmittedV1ToV2(),
            new ParticipantEnrolledV1ToV2()));

    private final List<JsonUpcaster> upcasters;

    Upcasters(List<JsonUpcaster> upcasters) {
        this.upcasters = List.copyOf(upcasters);
    }

    public static Upcasters standard() {
        return STANDARD;
    }

    /** The single step that applies to this type and revision, if any (the service hands these to Axon). */
    public Optional<JsonUpcaster> stepFor(String eventType, int revision) {
        return upcasters.stream()
                .filter(step -> step.eventType().equals(eventType) && step.fromRevision() == revision)
                .findFirst();
    }

    public List<JsonUpcaster> all() {
        return upcasters;
    }

    /**
     * Applies every step from {@code revision} up to {@code targetRevision}.
     *
     * @throws UnreadableEventException when a step is missing or the revision is newer than this code knows
     */
    public ObjectNode upcast(String eventType, int revision, int targetRevision, ObjectNode payload) {
        if (revision > targetRevision) {
            throw new UnreadableEventException(eventType + " revision " + revision
                    + " is newer than this software reads (revision " + targetRevision + "); upgrade it");
        }
        ObjectNode current = payload;
        for (int at = revision; at < targetRevision; at++) {
            int from = at;
            JsonUpcaster step = stepFor(eventType, from).orElseThrow(() -> new UnreadableEventException(
                    "no upcaster for " + eventType + " from revision " + from));
            current = step.upcast(current);
        }
        return current;
    }
}
