package org.haven.survey.publishing;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.time.Instant;

/**
 * Logs an outage of publishing twice: once when it begins (the broker does not answer, or the publisher failed to
 * send), and once when it is over, which is when the backlog has been published, with how long it lasted and how
 * many events were published since it began. In between the Kafka clients and the tracking processor stay quiet
 * (application.yml), instead of a warning a second.
 */
final class PublishingOutage {

    enum Change { NONE, STARTED, ENDED }

    private static final Logger LOG = LoggerFactory.getLogger(PublishingOutage.class);

    private Instant since;
    private long publishedUpToAtStart;

    boolean ongoing() {
        return since != null;
    }

    /** {@code failure}: why publishing failed since the last observation, or null. */
    Change observe(boolean brokerAnswers, String failure, PublishingLag.Lag lag, Instant now,
                   java.util.function.LongUnaryOperator publishedSince) {
        if (since == null && (!brokerAnswers || failure != null)) {
            since = now;
            publishedUpToAtStart = lag.publishedUpTo();
            LOG.warn("Publishing to Kafka stopped at {}: {}. Events wait in the event store ({} not yet published) and"
                            + " submissions go on; the end of the outage is logged once they are all published.", now,
                    failure != null ? failure : "the broker does not answer", lag.eventsBehind());
            return Change.STARTED;
        }
        if (since != null && brokerAnswers && failure == null && lag.eventsBehind() == 0) {
            long published = publishedSince.applyAsLong(publishedUpToAtStart);
            LOG.info("Publishing to Kafka resumed: the outage from {} lasted {}; {} events published since it began,"
                    + " the topic is up to date.", since, rounded(Duration.between(since, now)), published);
            since = null;
            return Change.ENDED;
        }
        return Change.NONE;
    }

    private static Duration rounded(Duration duration) {
        return Duration.ofSeconds(duration.toSeconds());
    }
}
