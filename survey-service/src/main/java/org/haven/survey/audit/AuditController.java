package org.haven.survey.audit;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.haven.survey.study.StudyCatalog;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** Who did what and when in a study, for its members and admins (the data protection officer's audit). */
@RestController
@Tag(name = "audit", description = "The study's audit trail (researchers of the study, admins)")
public class AuditController {

    private final AuditTrail trail;
    private final StudyCatalog catalog;

    public AuditController(AuditTrail trail, StudyCatalog catalog) {
        this.trail = trail;
        this.catalog = catalog;
    }

    @GetMapping("/api/studies/{studyId}/audit")
    @Operation(summary = "Every event of the study and of its participants, oldest first: time, event type, "
            + "actor {kind, name} and, for participant events, the participant id; never the event's content")
    public List<AuditEntry> audit(@PathVariable String studyId) {
        catalog.require(studyId);
        return trail.of(studyId);
    }
}
