package org.haven.survey.publishing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.jdbc.core.JdbcTemplate;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * How far the topic is behind the event store: the events stored after the publisher's tracking token (read from
 * the token table, so every instance sees the same figure whichever one publishes) and when the oldest of them was
 * stored. Read with two indexed queries on the event table.
 */
public class PublishingLag {

    /** {@code publishedUpTo}: the global index the topic holds everything up to (-1: nothing published yet). */
    public record Lag(long eventsBehind, long publishedUpTo, Instant oldestUnpublishedAt) {

        public static final Lag NONE = new Lag(0, -1, null);

        public Duration behind(Instant now) {
            return oldestUnpublishedAt == null || now.isBefore(oldestUnpublishedAt) ? Duration.ZERO
                    : Duration.between(oldestUnpublishedAt, now);
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final JdbcTemplate jdbc;
    private final String processor;

    public PublishingLag(JdbcTemplate jdbc, String processor) {
        this.jdbc = jdbc;
        this.processor = processor;
    }

    public Lag measure() {
        long published = publishedUpTo();
        Long behind = jdbc.queryForObject("SELECT COUNT(*) FROM domainevententry WHERE globalindex > ?", Long.class,
                published);
        if (behind == null || behind == 0) {
            return new Lag(0, published, null);
        }
        List<String> oldest = jdbc.queryForList("SELECT timestamp FROM domainevententry WHERE globalindex = "
                + "(SELECT MIN(globalindex) FROM domainevententry WHERE globalindex > ?)", String.class, published);
        return new Lag(behind, published, oldest.isEmpty() ? null : Instant.parse(oldest.get(0)));
    }

    /** The events stored after {@code after} that the topic now holds. */
    public long publishedSince(long after) {
        long upTo = publishedUpTo();
        Long published = jdbc.queryForObject("SELECT COUNT(*) FROM domainevententry WHERE globalindex > ?"
                + " AND globalindex <= ?", Long.class, after, upTo);
        return published == null ? 0 : published;
    }

    /**
     * The index in the publisher's token: Axon's JDBC store tracks with a gap-aware token, written as
     * {@code {"index": N, "gaps": [...]}} by the Jackson serializer. No token yet: nothing was published.
     */
    private long publishedUpTo() {
        List<byte[]> tokens = jdbc.queryForList("SELECT token FROM tokenentry WHERE processorname = ? AND token IS NOT NULL",
                byte[].class, processor);
        long lowest = Long.MAX_VALUE;
        for (byte[] token : tokens) {
            lowest = Math.min(lowest, index(token));
        }
        return tokens.isEmpty() ? -1 : lowest;
    }

    private static long index(byte[] token) {
        try {
            JsonNode index = JSON.readTree(token).findValue("index");
            return index == null ? -1 : index.asLong();
        } catch (IOException unreadable) {
            return -1;
        }
    }
}
