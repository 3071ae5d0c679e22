package org.haven.survey.console;

import jakarta.servlet.http.HttpServletResponse;
import org.haven.survey.contact.ContactSettings;
import org.haven.survey.importing.ImportFileException;
import org.haven.survey.importing.ImportRecords;
import org.haven.survey.importing.ImportReport;
import org.haven.survey.importing.ImportService;
import org.haven.survey.importing.ImportUpload;
import org.haven.survey.study.StudyCatalog;
import org.haven.survey.web.Researchers;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;
import java.io.InputStream;

/**
 * Importing answers from a CSV file in the browser: the same {@link ImportService} and limits as
 * {@code POST /api/studies/{id}/imports}; the result page shows its report (stored, already imported, rejected, the
 * bad lines with their reasons) and the study's recent imports.
 */
@Controller
@ConditionalOnWebApplication
class ImportPageController {

    private static final int RECENT = 20;

    private final ImportService imports;
    private final ImportRecords records;
    private final StudyCatalog catalog;
    private final ContactSettings settings;
    private final long maxBytes;

    ImportPageController(ImportService imports, ImportRecords records, StudyCatalog catalog, ContactSettings settings,
                         @Value("${haven.import.max-bytes}") long maxBytes) {
        this.imports = imports;
        this.records = records;
        this.catalog = catalog;
        this.settings = settings;
        this.maxBytes = maxBytes;
    }

    @GetMapping("/console/studies/{studyId}/imports")
    String form(@PathVariable String studyId, Model model) {
        return page(studyId, model);
    }

    @PostMapping(path = "/console/studies/{studyId}/imports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    String upload(@PathVariable String studyId, @RequestParam(name = "file", required = false) MultipartFile file,
                  Authentication researcher, HttpServletResponse response, Model model) throws IOException {
        if (file == null || file.isEmpty()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("fileError", "choose the CSV file to import");
            return page(studyId, model);
        }
        try (InputStream body = file.getInputStream()) {
            ImportReport report = imports.importFile(studyId, new ImportUpload(body, file.getSize(), maxBytes),
                    Researchers.actor(researcher));
            if (report.failedEntirely()) {
                response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
            }
            model.addAttribute("report", report);
        } catch (ImportFileException refused) {
            response.setStatus(refused.status().value());
            model.addAttribute("fileError", refused.getMessage() + "; nothing was stored");
        }
        return page(studyId, model);
    }

    private String page(String studyId, Model model) {
        model.addAttribute("study", catalog.require(studyId));
        model.addAttribute("zone", new StudyTimes(settings.zoneOf(studyId)));
        model.addAttribute("recent", records.list(studyId, RECENT));
        return "console/imports";
    }
}
