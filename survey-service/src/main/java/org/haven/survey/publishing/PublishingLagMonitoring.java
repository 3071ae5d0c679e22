package org.haven.survey.publishing;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.actuate.health.Status;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Measures how far the topic is behind the event store every {@code haven.kafka.health-check-interval}, and reports
 * it three ways: the {@code publishingLag} health (in the {@code publishing} group only, {@link PublishingHealth}),
 * WARNING once the oldest unpublished event is older than {@code haven.kafka.lag-warning}; the gauges
 * {@value #EVENTS_GAUGE} and {@value #SECONDS_GAUGE}; and the outage log ({@link PublishingOutage}).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "haven.kafka.publisher.enabled", havingValue = "true", matchIfMissing = true)
public class PublishingLagMonitoring {

    public static final Status WARNING = new Status("WARNING", "the topic is behind the event store");
    static final String EVENTS_GAUGE = "haven.publishing.lag.events";
    static final String SECONDS_GAUGE = "haven.publishing.lag.seconds";

    private final ScheduledExecutorService checks = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "haven-publishing-lag");
        thread.setDaemon(true);
        return thread;
    });
    private final PublishingOutage outage = new PublishingOutage();
    private volatile PublishingLag.Lag last = PublishingLag.Lag.NONE;
    private volatile Instant measuredAt;

    @Bean
    PublishingLag publishingLag(JdbcTemplate jdbc, TopicGuard guard, TopicPublisher publisher, Clock clock,
                                ObjectProvider<MeterRegistry> meters,
                                @Value("${haven.kafka.health-check-interval:30s}") Duration interval) {
        PublishingLag lag = new PublishingLag(jdbc, PublishingConfiguration.PROCESSING_GROUP);
        meters.ifAvailable(registry -> {
            Gauge.builder(EVENTS_GAUGE, () -> last.eventsBehind())
                    .description("events in the event store not yet on the topic").register(registry);
            Gauge.builder(SECONDS_GAUGE, () -> last.behind(clock.instant()).toSeconds())
                    .description("age of the oldest event not yet on the topic").baseUnit("seconds")
                    .register(registry);
        });
        long millis = Math.max(interval.toMillis(), 100);
        checks.scheduleWithFixedDelay(() -> measure(lag, guard, publisher, clock), 0, millis, TimeUnit.MILLISECONDS);
        return lag;
    }

    @Bean
    HealthIndicator publishingLagHealthIndicator(Clock clock,
                                                 @Value("${haven.kafka.lag-warning:1m}") Duration warning) {
        return () -> {
            PublishingLag.Lag lag = last;
            Duration behind = lag.behind(clock.instant());
            Health.Builder health = measuredAt == null ? Health.unknown()
                    : behind.compareTo(warning) > 0 ? Health.status(WARNING) : Health.up();
            return health.withDetail("eventsBehind", lag.eventsBehind())
                    .withDetail("secondsBehind", behind.toSeconds())
                    .withDetail("oldestUnpublishedAt", String.valueOf(lag.oldestUnpublishedAt()))
                    .withDetail("warningAfterSeconds", warning.toSeconds())
                    .withDetail("outage", outage.ongoing())
                    .withDetail("measuredAt", String.valueOf(measuredAt)).build();
        };
    }

    private void measure(PublishingLag lag, TopicGuard guard, TopicPublisher publisher, Clock clock) {
        try {
            last = lag.measure();
            measuredAt = clock.instant();
            boolean brokerAnswers = guard.last().state() != TopicGuard.TopicState.BROKER_UNREACHABLE;
            outage.observe(brokerAnswers, publisher.takeFailure(), last, measuredAt, lag::publishedSince);
        } catch (RuntimeException failed) {
            // the database is away: its own health says so; the next round measures again
            org.slf4j.LoggerFactory.getLogger(PublishingLagMonitoring.class)
                    .debug("cannot measure the publishing lag: {}", failed.toString());
        }
    }

    @jakarta.annotation.PreDestroy
    void stop() {
        checks.shutdownNow();
    }
}
