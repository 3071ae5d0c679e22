package org.haven.survey.progress;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.haven.events.study.WaveWindow;
import org.haven.survey.study.StudyCatalog;
import org.haven.survey.study.StudyDefinition;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

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
    private final ProgressQuery query;

    public ProgressController(StudyCatalog catalog, ProgressQuery query) {
        this.catalog = catalog;
        this.query = query;
    }

    @GetMapping("/api/studies/{studyId}/progress")
    @Operation(summary = "Participants by status and submissions per wave")
    public StudyProgress progress(@PathVariable String studyId) {
        StudyDefinition study = catalog.require(studyId);
        Map<String, Long> byStatus = query.participantsByStatus(studyId);
        Map<Integer, ProgressQuery.SourceCounts> counts = query.submissionsByWave(studyId);
        List<WaveProgress> waves = study.waves().entrySet().stream().map(wave -> {
            ProgressQuery.SourceCounts submitted = counts.getOrDefault(wave.getKey(), ProgressQuery.SourceCounts.NONE);
            return new WaveProgress(wave.getKey(), wave.getValue(), submitted.total(), submitted.web(),
                    submitted.imported());
        }).toList();
        long enrolled = byStatus.values().stream().mapToLong(Long::longValue).sum();
        return new StudyProgress(studyId, enrolled, byStatus, waves);
    }
}
