package org.haven.events;

import java.util.Objects;

/**
 * Who caused an event. For a participant the name is their participant id, for a researcher the
 * account name, for the system the component that acted (e.g. {@code import}).
 */
public record Actor(Kind kind, String name) {

    public enum Kind { PARTICIPANT, RESEARCHER, SYSTEM }

    public Actor {
        Objects.requireNonNull(kind, "kind");
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("an actor needs a name");
        }
    }

    public static Actor participant(String participantId) {
        return new Actor(Kind.PARTICIPANT, participantId);
    }

    public static Actor researcher(String account) {
        return new Actor(Kind.RESEARCHER, account);
    }

    public static Actor system(String component) {
        return new Actor(Kind.SYSTEM, component);
    }
}
