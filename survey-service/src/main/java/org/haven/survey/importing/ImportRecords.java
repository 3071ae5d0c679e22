package org.haven.survey.importing;

import org.haven.survey.importing.ImportRecord.Status;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

/**
 * The {@code import_record} table. Each statement commits on its own (no surrounding transaction), so the RUNNING
 * row exists before the import stores anything and survives whatever happens to the import afterwards.
 */
@Component
public class ImportRecords {

    private static final Logger log = LoggerFactory.getLogger(ImportRecords.class);

    private final JdbcTemplate jdbc;
    private final Clock clock;

    public ImportRecords(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
        markInterrupted();
    }

    /**
     * An import runs inside the request that sent its file, so none outlives its process: when the service starts,
     * an import still RUNNING was cut off (crash, kill, restart) and is marked INTERRUPTED. Several instances
     * sharing one database: an instance starting while another imports marks that import too (it then ends with
     * its real status when it finishes).
     */
    void markInterrupted() {
        int marked = jdbc.update("UPDATE import_record SET status = ? WHERE status = ?", Status.INTERRUPTED.name(),
                Status.RUNNING.name());
        if (marked > 0) {
            log.warn("{} import(s) were cut off when the service last stopped; marked INTERRUPTED", marked);
        }
    }

    String start(String studyId, String researcher) {
        String importId = UUID.randomUUID().toString();
        jdbc.update("INSERT INTO import_record (import_id, study_id, researcher, started_at, status)"
                + " VALUES (?, ?, ?, ?, ?)", importId, studyId, researcher, Timestamp.from(clock.instant()),
                Status.RUNNING.name());
        return importId;
    }

    /** The counts so far of an import still running, so a cut-off one shows how far it got. */
    void progress(String importId, ImportCounts counts) {
        jdbc.update("UPDATE import_record SET stored = ?, already_imported = ?, rejected = ?, row_errors = ?"
                + " WHERE import_id = ?", counts.stored, counts.alreadyImported, counts.rejected, counts.rowErrors,
                importId);
    }

    void finish(String importId, Status status, String sha256, Long bytes, ImportCounts counts) {
        jdbc.update("UPDATE import_record SET status = ?, finished_at = ?, file_sha256 = ?, file_bytes = ?,"
                        + " stored = ?, already_imported = ?, rejected = ?, row_errors = ? WHERE import_id = ?",
                status.name(), Timestamp.from(clock.instant()), sha256, bytes, counts.stored, counts.alreadyImported,
                counts.rejected, counts.rowErrors, importId);
    }

    /** The study's imports, newest first. */
    public List<ImportRecord> list(String studyId, int limit) {
        return jdbc.query("SELECT import_id, researcher, started_at, finished_at, status, file_sha256, file_bytes,"
                        + " stored, already_imported, rejected, row_errors FROM import_record WHERE study_id = ?"
                        + " ORDER BY started_at DESC, import_id LIMIT ?",
                (row, n) -> new ImportRecord(row.getString(1), row.getString(2), row.getTimestamp(3).toInstant(),
                        row.getTimestamp(4) == null ? null : row.getTimestamp(4).toInstant(),
                        Status.valueOf(row.getString(5)), row.getString(6),
                        row.getObject(7) == null ? null : row.getLong(7), row.getInt(8), row.getInt(9),
                        row.getInt(10), row.getLong(11)),
                studyId, limit);
    }

    /** The counts of an import as it goes. */
    static final class ImportCounts {
        int stored;
        int alreadyImported;
        int rejected;
        long rowErrors;
    }
}
