package org.haven.survey.publishing;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;

/**
 * Makes sure the topic exists with unlimited retention: Kafka's default deletes records after 7 days, and
 * the batch replays the topic from offset 0 forever. A missing topic is created; an existing one with finite
 * retention is reported, never changed behind the operator's back.
 */
public class TopicGuard {

    private static final Logger log = LoggerFactory.getLogger(TopicGuard.class);

    public record Check(TopicState state, String detail, int partitions) {
    }

    public enum TopicState { NOT_CHECKED, READY, FINITE_RETENTION, BROKER_UNREACHABLE }

    private final KafkaSettings settings;
    private volatile Check last = new Check(TopicState.NOT_CHECKED, "not checked yet", 0);

    public TopicGuard(KafkaSettings settings) {
        this.settings = settings;
    }

    public Check last() {
        return last;
    }

    public Check check() {
        try (Admin admin = KafkaClients.admin(settings)) {
            last = ensure(admin, settings.topic(), settings.partitions(), settings.replicationFactor());
        } catch (ExecutionException e) {
            last = new Check(TopicState.BROKER_UNREACHABLE, "Kafka at " + settings.bootstrapServers()
                    + " did not answer (" + e.getCause().getClass().getSimpleName() + "); events wait in the event store", 0);
            // said once per outage by PublishingOutage, not at every check
            log.debug("Topic check: {}", last.detail());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return last;
    }

    /** Creates the topic with unlimited retention if missing; reports finite retention on an existing one. */
    public static Check ensure(Admin admin, String topic, int partitions, short replicationFactor) throws ExecutionException, InterruptedException {
        try {
            TopicDescription description = admin.describeTopics(Set.of(topic)).allTopicNames().get().get(topic);
            ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, topic);
            Config config = admin.describeConfigs(Set.of(resource)).all().get().get(resource);
            String retention = config.get(TopicConfig.RETENTION_MS_CONFIG).value();
            int count = description.partitions().size();
            if (!"-1".equals(retention)) {
                String detail = "topic " + topic + " has retention.ms=" + retention + ": Kafka will delete events the batch"
                        + " must replay; set retention.ms=-1 (kafka-configs --alter --add-config retention.ms=-1)";
                log.error(detail);
                return new Check(TopicState.FINITE_RETENTION, detail, count);
            }
            return new Check(TopicState.READY, "topic " + topic + ", " + count + " partitions, unlimited retention", count);
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof UnknownTopicOrPartitionException)) {
                throw e;
            }
        }
        admin.createTopics(List.of(new NewTopic(topic, partitions, replicationFactor).configs(Map.of(
                TopicConfig.RETENTION_MS_CONFIG, "-1",
                TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_DELETE)))).all().get();
        log.info("Created topic {} with {} partitions and unlimited retention", topic, partitions);
        return new Check(TopicState.READY, "topic " + topic + " created, " + partitions + " partitions, unlimited retention",
                partitions);
    }
}
