package org.haven.survey.importing;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.haven.survey.web.Researchers;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import java.io.IOException;
import java.io.InputStream;

/** Researchers import answers collected elsewhere (paper, another tool) as CSV. */
@RestController
@Tag(name = "imports", description = "CSV import of answers collected elsewhere (researchers)")
public class ImportController {

    private final ImportService imports;
    private final long maxBytes;

    public ImportController(ImportService imports, @Value("${haven.import.max-bytes}") long maxBytes) {
        this.imports = imports;
        this.maxBytes = maxBytes;
    }

    @PostMapping(path = "/api/studies/{studyId}/imports", consumes = "text/csv")
    @Operation(summary = "Import answers from a CSV file",
            description = "UTF-8 CSV with the header participant_ref,wave,item_id,value[,completed_on] in any order. "
                    + "Each participant-wave is stored whole or not at all; bad rows are listed with their line. "
                    + "200 unless nothing was stored and a row was bad (422).")
    public ResponseEntity<ImportReport> importCsv(@PathVariable String studyId, HttpServletRequest request,
                                                  Authentication researcher) throws IOException {
        ImportReport report = imports.importFile(studyId, readLimited(request), Researchers.actor(researcher));
        return ResponseEntity.status(report.failedEntirely() ? HttpStatus.UNPROCESSABLE_ENTITY : HttpStatus.OK)
                .body(report);
    }

    @ExceptionHandler(ImportFileException.class)
    ResponseEntity<ProblemDetail> fileFault(ImportFileException fault) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(fault.status(), fault.getMessage());
        problem.setTitle("The import file was refused; nothing was stored");
        return ResponseEntity.status(fault.status()).body(problem);
    }

    private byte[] readLimited(HttpServletRequest request) throws IOException {
        if (request.getContentLengthLong() > maxBytes) {
            throw tooLarge();
        }
        try (InputStream body = request.getInputStream()) {
            byte[] bytes = body.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            if (bytes.length > maxBytes) {
                throw tooLarge();
            }
            return bytes;
        }
    }

    private ImportFileException tooLarge() {
        return new ImportFileException(HttpStatus.PAYLOAD_TOO_LARGE,
                "the file is larger than the import limit of " + maxBytes + " bytes; split it into several files");
    }
}
