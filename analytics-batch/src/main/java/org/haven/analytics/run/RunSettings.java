package org.haven.analytics.run;

import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * What the running job needs beyond its job parameters: the export key (a secret, so never a job parameter:
 * the job repository would store it) and the arguments it was started with.
 */
public class RunSettings {

    private static final DateTimeFormatter RUN_ID = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmssSSS'Z'")
            .withZone(ZoneOffset.UTC);

    private volatile BatchArguments arguments;

    public void use(BatchArguments arguments) {
        this.arguments = arguments;
    }

    public BatchArguments arguments() {
        if (arguments == null) {
            throw new IllegalStateException("no batch arguments given");
        }
        return arguments;
    }

    public byte[] exportKey() {
        return arguments().exportKey();
    }

    /** A new run's id: its UTC start time and the study, readable and sortable in a folder listing. */
    public static String newRunId(String studyId, Clock clock) {
        String study = studyId.length() > 8 ? studyId.substring(0, 8) : studyId;
        return RUN_ID.format(clock.instant()) + "-" + study.replaceAll("[^A-Za-z0-9-]", "_");
    }

    public static Path runFolder(Path out, String runId) {
        return out.resolve(runId);
    }
}
