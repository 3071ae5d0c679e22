package org.haven.survey.questionnaire;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.haven.instrument.Instrument;
import org.haven.survey.problem.NotFoundException;
import org.haven.survey.study.InstrumentChecks;
import org.haven.survey.study.StudyCatalog;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;

/**
 * How the questionnaire page will show an instrument, for researchers (HTTP Basic, like the rest of the API): the
 * participants' own template, filled with the instrument as wave 1, in a page that cannot submit anything.
 */
@Controller
@Tag(name = "studies", description = "Studies, their waves and instrument versions (researchers)")
class InstrumentPreviewController {

    static final String PREVIEW_ID = "preview";

    private final StudyCatalog catalog;

    InstrumentPreviewController(StudyCatalog catalog) {
        this.catalog = catalog;
    }

    @PostMapping(path = "/api/instruments/preview", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.TEXT_HTML_VALUE)
    @Operation(summary = "The questionnaire page as it would show this instrument's JSON (HTML; nothing stored)",
            description = "An instrument with problems is refused with 422 naming them, as publishing would.")
    String preview(@RequestBody Instrument instrument, Model model) {
        InstrumentChecks.require(instrument);
        return page(instrument, model);
    }

    @GetMapping(path = "/api/studies/{studyId}/instruments/current/preview", produces = MediaType.TEXT_HTML_VALUE)
    @Operation(summary = "The questionnaire page as it shows the study's current instrument (HTML)")
    String previewCurrent(@PathVariable String studyId, Model model) {
        Instrument instrument = catalog.require(studyId).currentInstrument()
                .orElseThrow(() -> new NotFoundException("this study has no published instrument yet"));
        return page(instrument, model);
    }

    private static String page(Instrument instrument, Model model) {
        model.addAttribute("preview", true);
        model.addAttribute("form", QuestionnaireForm.of(instrument));
        model.addAttribute("participantId", PREVIEW_ID);
        model.addAttribute("wave", 1);
        model.addAttribute("closesAt", null);
        model.addAttribute("submissionId", PREVIEW_ID);
        return "participant/questionnaire";
    }
}
