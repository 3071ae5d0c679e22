package org.haven.analytics;

import org.haven.analytics.cli.BatchCommand;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Haven's nightly analytics: replays the event topic and writes statistics and datasets for one study.
 * {@code --bootstrap-servers --topic --study --out [--as-of]}, export key from HAVEN_EXPORT_KEY or
 * {@code --export-key-file}.
 */
@SpringBootApplication
public class AnalyticsBatchApplication {

    public static void main(String[] args) {
        // report.html's charts are drawn off-screen; without this a DISPLAY with no X server behind it fails the run.
        // Once, at start (Spring Boot would set it too when the context starts), never while rendering.
        System.setProperty("java.awt.headless", "true");
        System.exit(BatchCommand.run(args, System.getenv(), System.err));
    }
}
