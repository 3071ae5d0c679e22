package org.haven.events.json;

import org.haven.events.EventRevision;
import org.haven.events.HavenEvent;
import org.haven.events.participant.ParticipantEvent;
import org.haven.events.study.StudyEvent;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Every concrete event type, found through the sealed interfaces of the aggregates, so a new event cannot
 * be forgotten here. The type name is the class name, as Axon writes it into the event store and
 * into the {@code axon-message-type} header.
 */
public final class EventTypes {

    private static final List<Class<? extends HavenEvent>> ALL = Stream.of(StudyEvent.class, ParticipantEvent.class)
            .flatMap(group -> concreteTypes(group).stream())
            .toList();
    private static final Map<String, Class<? extends HavenEvent>> BY_NAME =
            ALL.stream().collect(Collectors.toUnmodifiableMap(Class::getName, Function.identity()));

    private EventTypes() {
    }

    public static List<Class<? extends HavenEvent>> all() {
        return ALL;
    }

    public static String nameOf(Class<? extends HavenEvent> type) {
        return type.getName();
    }

    public static Optional<Class<? extends HavenEvent>> byName(String typeName) {
        // an immutable map throws on a null key; a record without a type header simply has no known type
        return typeName == null ? Optional.empty() : Optional.ofNullable(BY_NAME.get(typeName));
    }

    public static int revisionOf(Class<?> type) {
        EventRevision revision = type.getAnnotation(EventRevision.class);
        if (revision == null) {
            throw new IllegalStateException(type.getName() + " has no @EventRevision");
        }
        return revision.value();
    }

    @SuppressWarnings("unchecked")
    private static List<Class<? extends HavenEvent>> concreteTypes(Class<?> root) {
        List<Class<? extends HavenEvent>> found = new ArrayList<>();
        if (!root.isSealed()) {
            found.add((Class<? extends HavenEvent>) root);
            return found;
        }
        for (Class<?> permitted : root.getPermittedSubclasses()) {
            found.addAll(concreteTypes(permitted));
        }
        return List.copyOf(found);
    }
}
