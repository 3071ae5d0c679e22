package org.haven.survey.progress;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.HashMap;
import java.util.Map;

/** Counts a study's participants and submissions in the read-model tables, for the progress view. */
@Component
public class ProgressQuery {

    /** Submissions of one wave, by how they came in. */
    public record SourceCounts(long web, long imported) {
        static final SourceCounts NONE = new SourceCounts(0, 0);

        public long total() {
            return web + imported;
        }
    }

    private final JdbcTemplate jdbc;

    public ProgressQuery(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Participant status name to how many participants have it; statuses nobody has are left out. */
    public Map<String, Long> participantsByStatus(String studyId) {
        Map<String, Long> byStatus = new HashMap<>();
        jdbc.query("SELECT status, COUNT(*) FROM participant WHERE study_id = ? GROUP BY status",
                row -> {
                    byStatus.put(row.getString(1), row.getLong(2));
                }, studyId);
        return byStatus;
    }

    /** Wave to its submissions; waves nobody answered are left out. */
    public Map<Integer, SourceCounts> submissionsByWave(String studyId) {
        Map<Integer, SourceCounts> counts = new HashMap<>();
        jdbc.query("SELECT wave, source, COUNT(*) FROM submission WHERE study_id = ? GROUP BY wave, source",
                row -> {
                    SourceCounts before = counts.getOrDefault(row.getInt(1), SourceCounts.NONE);
                    long count = row.getLong(3);
                    counts.put(row.getInt(1), "WEB".equals(row.getString(2))
                            ? new SourceCounts(count, before.imported())
                            : new SourceCounts(before.web(), count));
                }, studyId);
        return counts;
    }
}
