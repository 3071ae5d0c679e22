package org.haven.survey.importing;

import java.time.Instant;

/**
 * One import as recorded: who sent which file (its SHA-256) when, and how it ended. {@code rowErrors} counts every
 * row error, listed or not. Holds no reference and nothing of the file's content.
 */
public record ImportRecord(String importId, String researcher, Instant startedAt, Instant finishedAt, Status status,
                           String fileSha256, Long fileBytes, int stored, int alreadyImported, int rejected,
                           long rowErrors) {

    public enum Status {
        /** In progress, or cut off and not yet noticed (see {@link ImportRecords#markInterrupted()}). */
        RUNNING,
        /** Read to the end; every participant-wave stored, already imported or rejected as counted. */
        COMPLETED,
        /** The file was refused as a whole (not CSV, wrong header, too large...): nothing was stored. */
        REFUSED,
        /** Stopped by an unexpected error: the participant-waves counted as stored were stored. */
        FAILED,
        /** Still running when its service process stopped: the participant-waves counted as stored were stored. */
        INTERRUPTED
    }
}
