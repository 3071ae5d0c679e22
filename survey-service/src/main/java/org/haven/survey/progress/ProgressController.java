package org.haven.survey.progress;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.haven.events.study.WaveWindow;
import org.haven.survey.study.StudyCatalog;
import org.haven.survey.study.StudyDefinition;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** How far a study has come: participants by consent status, submissions per wave by source. */
@RestController
@Tag(name = "progress", description = "Study progress (researchers)")
public class ProgressController {

    public record WaveProgress(int wave, WaveWindow window, long submitted, long web, long imported) {
    }

    public record StudyProgress(String studyId, long enrolled, Map<String, Long> participantsByStatus,
                                List<WaveProgress> waves) {
    }

    private final StudyCatalog catalog;
    private final JdbcTemplate jdbc;

    public ProgressController(StudyCatalog catalog, JdbcTemplate jdbc) {
        this.catalog = catalog;
        this.jdbc = jdbc;
    }

    @GetMapping("/api/studies/{studyId}/progress")
    @Operation(summary = "Participants by status and submissions per wave")
    public StudyProgress progress(@PathVariable String studyId) {
        StudyDefinition study = catalog.require(studyId);
        Map<String, Long> byStatus = new HashMap<>();
        jdbc.query("SELECT status, COUNT(*) FROM participant WHERE study_id = ? GROUP BY status",
                row -> {
                    byStatus.put(row.getString(1), row.getLong(2));
                }, studyId);
        Map<Integer, long[]> counts = new HashMap<>();
        jdbc.query("SELECT wave, source, COUNT(*) FROM submission WHERE study_id = ? GROUP BY wave, source",
                row -> {
                    long[] perSource = counts.computeIfAbsent(row.getInt(1), wave -> new long[2]);
                    perSource["WEB".equals(row.getString(2)) ? 0 : 1] = row.getLong(3);
                }, studyId);
        List<WaveProgress> waves = study.waves().entrySet().stream().map(wave -> {
            long[] perSource = counts.getOrDefault(wave.getKey(), new long[2]);
            return new WaveProgress(wave.getKey(), wave.getValue(), perSource[0] + perSource[1], perSource[0],
                    perSource[1]);
        }).toList();
        long enrolled = byStatus.values().stream().mapToLong(Long::longValue).sum();
        return new StudyProgress(studyId, enrolled, byStatus, waves);
    }
}
