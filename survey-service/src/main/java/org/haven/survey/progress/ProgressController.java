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

/**
 * How far a study has come: participants by consent status, submissions per wave by source and, per wave, what the
 * contact engine sent and what it bought.
 */
@RestController
@Tag(name = "progress", description = "Study progress (researchers)")
public class ProgressController {

    public record WaveProgress(int wave, WaveWindow window, long submitted, long web, long imported,
                               ContactProgressQuery.WaveContacts contacts) {
    }

    public record StudyProgress(String studyId, long enrolled, Map<String, Long> participantsByStatus,
                                List<WaveProgress> waves) {
    }

    private final StudyCatalog catalog;
    private final ProgressQuery query;
    private final ContactProgressQuery contacts;

    public ProgressController(StudyCatalog catalog, ProgressQuery query, ContactProgressQuery contacts) {
        this.catalog = catalog;
        this.query = query;
        this.contacts = contacts;
    }

    @GetMapping("/api/studies/{studyId}/progress")
    @Operation(summary = "Participants by status and submissions per wave",
            description = "contacts, per wave: invited; reminded by the reminder's number; respondedAfterReminders:"
                    + " invited participants who answered after k reminders (0: without one); failed (SMTP 5xx);"
                    + " optedOut (stop link, counted under the wave of their last mail)")
    public StudyProgress progress(@PathVariable String studyId) {
        StudyDefinition study = catalog.require(studyId);
        Map<String, Long> byStatus = query.participantsByStatus(studyId);
        Map<Integer, ProgressQuery.SourceCounts> counts = query.submissionsByWave(studyId);
        Map<Integer, ContactProgressQuery.WaveContacts> contacted = contacts.byWave(studyId);
        List<WaveProgress> waves = study.waves().entrySet().stream().map(wave -> {
            ProgressQuery.SourceCounts submitted = counts.getOrDefault(wave.getKey(), ProgressQuery.SourceCounts.NONE);
            return new WaveProgress(wave.getKey(), wave.getValue(), submitted.total(), submitted.web(),
                    submitted.imported(), contacted.getOrDefault(wave.getKey(), ContactProgressQuery.WaveContacts.NONE));
        }).toList();
        long enrolled = byStatus.values().stream().mapToLong(Long::longValue).sum();
        return new StudyProgress(studyId, enrolled, byStatus, waves);
    }
}
