package org.haven.survey.contact.dispatch;

import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.haven.survey.access.ParticipantTokens;
import org.haven.survey.access.PersonalLink;
import org.haven.survey.contact.ContactDirectory;
import org.haven.survey.contact.ContactSettings;
import org.haven.survey.contact.MailRenderer;
import org.haven.survey.pages.StudyPageSettings;
import org.haven.survey.study.StudyCatalog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSender;

import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The contact engine, on when a mail server is configured ({@code spring.mail.host}). It refuses to start without
 * {@code haven.public-url} (a scheduled mail has no request to take a host from) and {@code haven.contact.from}.
 * Every {@code haven.contact.dispatch-interval} (0: never, for tests that drive it) one round runs.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "spring.mail.host")
class ContactDispatchConfiguration {

    private static final Logger log = LoggerFactory.getLogger(ContactDispatchConfiguration.class);

    private final ScheduledExecutorService trigger = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "haven-contact-dispatch");
        thread.setDaemon(true);
        return thread;
    });

    @Bean
    ContactDispatcher contactDispatcher(JdbcTemplate jdbc, ContactSettings settings, StudyCatalog catalog,
                                        ContactOutbox outbox, SendTimeChecks checks, ContactDirectory directory,
                                        ParticipantTokens tokens, MailRenderer renderer, PersonalLink links,
                                        StudyPageSettings pages,
                                        JavaMailSender mailSender, CommandGateway commands, Clock clock,
                                        MeterRegistry meters,
                                        @Value("${haven.contact.from:}") String from,
                                        @Value("${haven.contact.claim-lease:5m}") Duration lease,
                                        @Value("${haven.contact.retry-first:1m}") Duration retryFirst,
                                        @Value("${haven.contact.retry-max:1h}") Duration retryMax) {
        if (links.publicUrl().isEmpty()) {
            throw new IllegalStateException("the contact engine (spring.mail.host is set) needs " + PersonalLink.SETTING
                    + ": the links in its mails are built from it");
        }
        if (from.isBlank()) {
            throw new IllegalStateException("the contact engine (spring.mail.host is set) needs haven.contact.from"
                    + " (HAVEN_CONTACT_FROM), the sender address of its mails");
        }
        ContactMails mails = new ContactMails(mailSender, renderer, links, pages, from);
        ContactSender sender = new ContactSender(outbox, checks, settings, directory, catalog, tokens, mails,
                mailSender, commands, new Backoff(retryFirst, retryMax), meters);
        return new ContactDispatcher(new ContactPlanner(jdbc, settings, catalog, outbox), outbox, sender, clock,
                UUID.randomUUID().toString(), lease);
    }

    /**
     * Rounds start once the application is ready: before that the command bus may not know the handlers yet, and a
     * mail sent then could not be recorded (and would go out again when its claim expires).
     */
    @Bean
    ApplicationListener<ApplicationReadyEvent> contactDispatchTrigger(ContactDispatcher dispatcher,
            @Value("${haven.contact.dispatch-interval:1m}") Duration interval) {
        return ready -> {
            if (!interval.isZero()) {
                trigger.scheduleWithFixedDelay(() -> round(dispatcher), interval.toMillis(), interval.toMillis(),
                        TimeUnit.MILLISECONDS);
            }
        };
    }

    private static void round(ContactDispatcher dispatcher) {
        try {
            dispatcher.tick();
        } catch (RuntimeException e) {
            // e.g. the database away: the next round tries again
            log.warn("contact round failed: {}", e.getClass().getSimpleName());
        }
    }

    @jakarta.annotation.PreDestroy
    void stop() {
        trigger.shutdownNow();
    }
}
