package org.haven.survey.publishing;

import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Checks the topic at start-up, before the publisher starts (so it is created with unlimited retention before
 * a first send could have a broker auto-create it), and again every 10 s while the broker cannot be reached:
 * the service starts without Kafka, events wait in the event store. The result is the {@code kafkaTopic} health.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "haven.kafka.publisher.enabled", havingValue = "true", matchIfMissing = true)
public class TopicMonitoring {

    private final ScheduledExecutorService retries = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "haven-topic-check");
        thread.setDaemon(true);
        return thread;
    });

    @Bean
    TopicGuard topicGuard(KafkaSettings settings) {
        TopicGuard guard = new TopicGuard(settings);
        if (guard.check().state() == TopicGuard.TopicState.BROKER_UNREACHABLE) {
            retries.schedule(() -> checkUntilAnswered(guard), 10, TimeUnit.SECONDS);
        }
        return guard;
    }

    @Bean
    HealthIndicator kafkaTopicHealthIndicator(TopicGuard guard) {
        return () -> {
            TopicGuard.Check check = guard.last();
            Health.Builder health = switch (check.state()) {
                case READY -> Health.up();
                case FINITE_RETENTION -> Health.down();
                case NOT_CHECKED, BROKER_UNREACHABLE -> Health.unknown();
            };
            return health.withDetail("state", check.state()).withDetail("detail", check.detail()).build();
        };
    }

    private void checkUntilAnswered(TopicGuard guard) {
        if (guard.check().state() == TopicGuard.TopicState.BROKER_UNREACHABLE && !retries.isShutdown()) {
            retries.schedule(() -> checkUntilAnswered(guard), 10, TimeUnit.SECONDS);
        }
    }

    @jakarta.annotation.PreDestroy
    void stop() {
        retries.shutdownNow();
    }
}
