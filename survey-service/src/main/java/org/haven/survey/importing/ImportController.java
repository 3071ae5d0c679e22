package org.haven.survey.importing;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.haven.survey.problem.InvalidInputException;
import org.haven.survey.web.Researchers;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.io.IOException;
import java.util.List;

/** Researchers import answers collected elsewhere (paper, another tool) as CSV, and see their past imports. */
@RestController
@Tag(name = "imports", description = "CSV import of answers collected elsewhere (researchers)")
public class ImportController {

    private static final int MAX_LISTED = 1_000;

    private final ImportService imports;
    private final ImportRecords records;
    private final long maxBytes;

    public ImportController(ImportService imports, ImportRecords records,
                            @Value("${haven.import.max-bytes}") long maxBytes) {
        this.imports = imports;
        this.records = records;
        this.maxBytes = maxBytes;
    }

    @PostMapping(path = "/api/studies/{studyId}/imports", consumes = "text/csv")
    @Operation(summary = "Import answers from a CSV file",
            description = "UTF-8 CSV with the header participant_ref,wave,item_id,value[,completed_on] in any order. "
                    + "Each participant-wave is stored whole or not at all; the first 1,000 bad rows are listed with "
                    + "their line, moreErrors counts the others. warnings flag rows worth a look (a reference that "
                    + "differs from another only in letter case). importId names the import's record. "
                    + "200 unless nothing was stored and a row was bad (422).")
    public ResponseEntity<ImportReport> importCsv(@PathVariable String studyId, HttpServletRequest request,
                                                  Authentication researcher) throws IOException {
        ImportUpload file = new ImportUpload(request.getInputStream(), request.getContentLengthLong(), maxBytes);
        ImportReport report = imports.importFile(studyId, file, Researchers.actor(researcher));
        return ResponseEntity.status(report.failedEntirely() ? HttpStatus.UNPROCESSABLE_ENTITY : HttpStatus.OK)
                .body(report);
    }

    @GetMapping("/api/studies/{studyId}/imports")
    @Operation(summary = "The study's imports, newest first",
            description = "Who imported which file (SHA-256) when, its status (RUNNING, COMPLETED, REFUSED, FAILED, "
                    + "INTERRUPTED) and counts. An INTERRUPTED import was cut off when the service stopped: what it "
                    + "counted as stored is stored, and importing the same file again is safe.")
    public List<ImportRecord> list(@PathVariable String studyId,
                                   @RequestParam(defaultValue = "100") int limit) {
        if (limit < 1 || limit > MAX_LISTED) {
            throw new InvalidInputException("limit", "must be between 1 and " + MAX_LISTED);
        }
        return records.list(studyId, limit);
    }

    @ExceptionHandler(ImportFileException.class)
    ResponseEntity<ProblemDetail> fileFault(ImportFileException fault) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(fault.status(), fault.getMessage());
        problem.setTitle("The import file was refused; nothing was stored");
        return ResponseEntity.status(fault.status()).body(problem);
    }
}
