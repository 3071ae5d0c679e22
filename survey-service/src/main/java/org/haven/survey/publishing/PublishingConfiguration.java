package org.haven.survey.publishing;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.axonframework.messaging.StreamableMessageSource;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Wires the tracking publisher. Its processor starts, the first time, at the tail of the event store, so the
 * events stored before it first ran are published too (the extension's publisher, which refuses the replay
 * that Axon 4.13's first token amounts to, skipped them: docs/architecture.md, "Stack notes"; PublishingIT checks ours).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(KafkaSettings.class)
public class PublishingConfiguration {

    public static final String PROCESSING_GROUP = "haven-kafka-publisher";

    @Bean
    EventRecords eventRecords(@Qualifier("eventSerializer") Serializer eventSerializer) {
        return new EventRecords(eventSerializer);
    }

    @Bean
    TopicRebuild topicRebuild(org.axonframework.eventsourcing.eventstore.EventStore eventStore, EventRecords records,
                              KafkaSettings settings) {
        return new TopicRebuild(eventStore, records, settings);
    }

    @Bean(destroyMethod = "close")
    @ConditionalOnProperty(name = "haven.kafka.publisher.enabled", havingValue = "true", matchIfMissing = true)
    KafkaProducer<String, byte[]> publisherProducer(KafkaSettings settings) {
        return KafkaClients.producer(settings, "haven-survey-service-publisher");
    }

    @Bean
    @ConditionalOnProperty(name = "haven.kafka.publisher.enabled", havingValue = "true", matchIfMissing = true)
    TopicPublisher topicPublisher(KafkaProducer<String, byte[]> publisherProducer, EventRecords records,
                                  KafkaSettings settings) {
        return new TopicPublisher(publisherProducer, records, settings.topic());
    }

    @Bean
    @ConditionalOnProperty(name = "haven.kafka.publisher.enabled", havingValue = "true", matchIfMissing = true)
    ConfigurerModule topicPublisherProcessor(KafkaSettings settings) {
        return configurer -> configurer.eventProcessing(processing -> processing
                .registerTrackingEventProcessor(PROCESSING_GROUP, config -> config.eventStore(),
                        config -> TrackingEventProcessorConfiguration.forSingleThreadedProcessing()
                                .andBatchSize(settings.publisher().batchSize())
                                .andInitialTrackingToken(StreamableMessageSource::createTailToken))
                // A failed send must stop the processor (and retry), never be logged and skipped.
                .registerListenerInvocationErrorHandler(PROCESSING_GROUP, config -> PropagatingErrorHandler.instance()));
    }
}
