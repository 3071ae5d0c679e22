package org.haven.testing;

import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

/**
 * A real single-node Kafka broker (KRaft) in the test JVM. Topics are never created implicitly, as on
 * Haven's own brokers: an auto-created topic would get the 7-day default retention.
 */
public final class KafkaTestBroker {

    private KafkaTestBroker() {
    }

    public static EmbeddedKafkaKraftBroker start() {
        EmbeddedKafkaKraftBroker broker = new EmbeddedKafkaKraftBroker(1, 1);
        broker.brokerProperty("auto.create.topics.enable", "false");
        broker.afterPropertiesSet();
        return broker;
    }
}
