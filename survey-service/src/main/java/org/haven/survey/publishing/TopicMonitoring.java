package org.haven.survey.publishing;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Checks the topic at start-up, before the publisher starts (so it is created with unlimited retention before
 * a first send could have a broker auto-create it), and again every {@code haven.kafka.health-check-interval}:
 * the service starts without Kafka (events wait in the event store), and a broker that goes away later must not
 * stay reported as up. The result is the {@code kafkaTopic} health, in the {@code publishing} group only
 * ({@link PublishingHealth}).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "haven.kafka.publisher.enabled", havingValue = "true", matchIfMissing = true)
public class TopicMonitoring {

    private final ScheduledExecutorService checks = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "haven-topic-check");
        thread.setDaemon(true);
        return thread;
    });
    private volatile Instant checkedAt;

    @Bean
    TopicGuard topicGuard(KafkaSettings settings,
                          @Value("${haven.kafka.health-check-interval:30s}") Duration interval) {
        TopicGuard guard = new TopicGuard(settings);
        check(guard);
        long millis = Math.max(interval.toMillis(), 100);
        checks.scheduleWithFixedDelay(() -> check(guard), millis, millis, TimeUnit.MILLISECONDS);
        return guard;
    }

    @Bean
    HealthIndicator kafkaTopicHealthIndicator(TopicGuard guard) {
        return () -> {
            TopicGuard.Check check = guard.last();
            Health.Builder health = switch (check.state()) {
                case READY -> Health.up();
                case FINITE_RETENTION, BROKER_UNREACHABLE -> Health.down();
                case NOT_CHECKED -> Health.unknown();
            };
            return health.withDetail("state", check.state()).withDetail("detail", check.detail())
                    .withDetail("checkedAt", String.valueOf(checkedAt)).build();
        };
    }

    private void check(TopicGuard guard) {
        guard.check();
        checkedAt = Instant.now();
    }

    @jakarta.annotation.PreDestroy
    void stop() {
        checks.shutdownNow();
    }
}
