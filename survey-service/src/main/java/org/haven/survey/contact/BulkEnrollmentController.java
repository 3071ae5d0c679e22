package org.haven.survey.contact;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.haven.survey.study.StudyCatalog;
import org.haven.survey.web.Researchers;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.io.IOException;

/** Researchers enroll a list of participants by their e-mail addresses (the request body's size limit applies). */
@RestController
@Tag(name = "participants", description = "Enrollment (researchers)")
public class BulkEnrollmentController {

    private final BulkEnrollment bulk;
    private final StudyCatalog catalog;

    BulkEnrollmentController(BulkEnrollment bulk, StudyCatalog catalog) {
        this.bulk = bulk;
        this.catalog = catalog;
    }

    @PostMapping(path = "/api/studies/{studyId}/participants/bulk", consumes = "text/csv")
    @Operation(summary = "Enroll participants from a CSV file of e-mail addresses",
            description = "UTF-8 CSV with the header email[,time_zone] (IANA names; empty: the study's zone). Each"
                    + " line is enrolled in a transaction of its own, or refused with its line number and reason"
                    + " (malformed address, unknown time zone, the same address already active in this study). The"
                    + " answer lists each new participant's id; their links are mailed by the contact engine, and"
                    + " appear in the answer only when the study has no contact schedule. 200 unless no line was"
                    + " enrolled (422).")
    public ResponseEntity<BulkReport> enroll(@PathVariable String studyId,
                                             @RequestParam(required = false) String consentFormVersion,
                                             HttpServletRequest request, Authentication researcher)
            throws IOException {
        catalog.require(studyId);
        BulkReport report = bulk.enrollFile(studyId, consentFormVersion, request.getInputStream().readAllBytes(),
                Researchers.actor(researcher));
        return ResponseEntity.status(report.enrolledCount() == 0 ? HttpStatus.UNPROCESSABLE_ENTITY : HttpStatus.OK)
                .body(report);
    }
}
