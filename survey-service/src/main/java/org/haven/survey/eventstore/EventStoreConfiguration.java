package org.haven.survey.eventstore;

import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.haven.events.HavenEvent;
import org.haven.events.json.EventJson;
import org.haven.events.json.EventTypes;
import org.haven.events.json.Upcasters;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Events are stored as the JSON of events-schema (its mapper, its revisions), so the event store, the topic
 * and the batch share one contract. Axon's JDBC storage engine is auto-configured on the DataSource; its
 * tables come from Flyway (db/migration/{vendor}).
 */
@Configuration(proxyBeanMethods = false)
public class EventStoreConfiguration {

    @Bean
    @Qualifier("eventSerializer")
    public Serializer eventSerializer() {
        return JacksonSerializer.builder()
                .objectMapper(EventJson.newMapper())
                .revisionResolver(EventStoreConfiguration::revisionOf)
                .build();
    }

    @Bean
    public EventJsonUpcaster eventJsonUpcaster() {
        return new EventJsonUpcaster(Upcasters.standard());
    }

    private static String revisionOf(Class<?> payloadType) {
        return HavenEvent.class.isAssignableFrom(payloadType) ? String.valueOf(EventTypes.revisionOf(payloadType)) : null;
    }
}
