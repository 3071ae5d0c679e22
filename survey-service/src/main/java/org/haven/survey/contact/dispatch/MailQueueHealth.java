package org.haven.survey.contact.dispatch;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * The mail queue as the {@code mailQueue} health, in the {@code mail-queue} group only (application.yml): a mail
 * server that is away stops no participant from answering, so it must not take an instance out of a load
 * balancer's rotation. DOWN while a contact waits longer than {@code haven.contact.queue-alert-after} past its due
 * time; the same figures are the gauges {@code haven.contact.queue.length} and
 * {@code haven.contact.queue.oldest.age} (seconds).
 */
@Configuration(proxyBeanMethods = false)
class MailQueueHealth {

    @Bean
    HealthIndicator mailQueueHealthIndicator(ContactOutbox outbox, Clock clock,
                                             @Value("${haven.contact.queue-alert-after:1h}") Duration alertAfter) {
        return () -> {
            ContactOutbox.QueueState queue = outbox.state();
            Instant now = clock.instant();
            boolean late = queue.oldestDue() != null && queue.oldestDue().plus(alertAfter).isBefore(now);
            return (late ? Health.down() : Health.up())
                    .withDetail("length", queue.length())
                    .withDetail("oldestDue", String.valueOf(queue.oldestDue()))
                    .withDetail("lastError", String.valueOf(queue.lastError()))
                    .withDetail("dropped", queue.dropped())
                    .build();
        };
    }

    @Bean
    MeterBinder mailQueueMetrics(ContactOutbox outbox, Clock clock) {
        return registry -> {
            Gauge.builder("haven.contact.queue.length", outbox, queue -> queue.state().length())
                    .description("contacts waiting to be mailed").register(registry);
            Gauge.builder("haven.contact.queue.oldest.age", outbox, queue -> {
                Instant oldest = queue.state().oldestDue();
                return oldest == null ? 0 : Math.max(0, Duration.between(oldest, clock.instant()).toSeconds());
            }).baseUnit("seconds").description("how long the oldest waiting contact has been due").register(registry);
        };
    }
}
