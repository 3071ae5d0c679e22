package org.haven.analytics.cli;

import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;

import java.util.Arrays;
import java.util.Locale;

/**
 * The Kafka clients print their whole configuration (some 70 lines) and a warning per failed connection
 * attempt: an operator sees them before the batch's own one-line reason. They log at the level of
 * {@code --kafka-log} (errors only unless asked), before Spring starts (the broker check) and after.
 */
final class KafkaLogging {

    static final String LOGGER = "org.apache.kafka";

    private KafkaLogging() {
    }

    /** Sets the level now and returns the Spring arguments that keep it once Spring configures logging. */
    static String[] quiet(String[] args, String level) {
        LoggingSystem.get(KafkaLogging.class.getClassLoader())
                .setLogLevel(LOGGER, LogLevel.valueOf(level.toUpperCase(Locale.ROOT)));
        String[] withLevel = Arrays.copyOf(args, args.length + 1);
        withLevel[args.length] = "--logging.level." + LOGGER + "=" + level;
        return withLevel;
    }
}
