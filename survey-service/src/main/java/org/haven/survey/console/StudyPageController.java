package org.haven.survey.console;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.haven.instrument.Instrument;
import org.haven.instrument.InstrumentLoader;
import org.haven.survey.access.StudyAccess;
import org.haven.survey.contact.ContactSettings;
import org.haven.survey.problem.ConflictException;
import org.haven.survey.problem.NotAllowedException;
import org.haven.survey.problem.RejectedException;
import org.haven.survey.problem.Violation;
import org.haven.survey.study.AddCollaborator;
import org.haven.survey.study.MembershipOutcome;
import org.haven.survey.study.PublicationOutcome;
import org.haven.survey.study.PublishInstrumentVersion;
import org.haven.survey.study.StudyCatalog;
import org.haven.survey.study.StudyDefinition;
import org.haven.survey.study.StudyMembers;
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
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/**
 * A study's page: its waves (times in the study's zone), its instrument versions with their items, publishing the
 * built-in ESTI or an uploaded JSON file, and its members. The study check ({@link ConsoleStudyGuard}) has run
 * before any handler here; the commands are those of the study API.
 */
@Controller
@ConditionalOnWebApplication
class StudyPageController {

    private final StudyCatalog catalog;
    private final StudyMembers members;
    private final ContactSettings settings;
    private final CommandGateway commands;
    private final ObjectMapper json;
    private final long maxInstrumentBytes;

    StudyPageController(StudyCatalog catalog, StudyMembers members, ContactSettings settings, CommandGateway commands,
                        ObjectMapper json, @Value("${haven.api.max-json-bytes}") long maxInstrumentBytes) {
        this.catalog = catalog;
        this.members = members;
        this.settings = settings;
        this.commands = commands;
        this.json = json;
        this.maxInstrumentBytes = maxInstrumentBytes;
    }

    @GetMapping("/console/studies/{studyId}")
    String study(@PathVariable String studyId, Model model) {
        return page(studyId, model);
    }

    @PostMapping("/console/studies/{studyId}/instruments/esti")
    String publishEsti(@PathVariable String studyId, Authentication researcher, HttpServletResponse response,
                       Model model) {
        return publish(studyId, InstrumentLoader.esti(), researcher, response, model);
    }

    @PostMapping(path = "/console/studies/{studyId}/instruments", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    String upload(@PathVariable String studyId, @RequestParam(name = "file", required = false) MultipartFile file,
                  Authentication researcher, HttpServletResponse response, Model model) throws IOException {
        if (file == null || file.isEmpty()) {
            return refused(studyId, List.of(new Violation("file", "choose the instrument's JSON file")), response,
                    model);
        }
        if (file.getSize() > maxInstrumentBytes) {
            return refused(studyId, List.of(new Violation("file", "the file is larger than "
                    + maxInstrumentBytes + " bytes")), response, model);
        }
        Instrument instrument;
        try {
            instrument = json.readValue(file.getBytes(), Instrument.class);
        } catch (JsonProcessingException unreadable) {
            return refused(studyId, List.of(new Violation("file", "not an instrument's JSON: "
                    + unreadable.getOriginalMessage())), response, model);
        }
        return publish(studyId, instrument, researcher, response, model);
    }

    @PostMapping(path = "/console/studies/{studyId}/collaborators",
            consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
    String addCollaborator(@PathVariable String studyId, @RequestParam(defaultValue = "") String researcher,
                           Authentication caller, HttpServletResponse response, Model model) {
        try {
            MembershipOutcome outcome = commands.sendAndWait(new AddCollaborator(studyId, researcher.strip(),
                    Researchers.actor(caller), StudyAccess.isAdmin(caller)));
            model.addAttribute("done", outcome == MembershipOutcome.ADDED
                    ? researcher.strip() + " now has access to this study."
                    : researcher.strip() + " already had access to this study.");
        } catch (RejectedException refused) {
            response.setStatus(refused instanceof NotAllowedException
                    ? HttpStatus.FORBIDDEN.value() : HttpStatus.BAD_REQUEST.value());
            model.addAttribute("memberError", refused.getMessage().replaceFirst("^researcher: ", ""));
            model.addAttribute("researcher", researcher);
        }
        return page(studyId, model);
    }

    private String publish(String studyId, Instrument instrument, Authentication researcher,
                           HttpServletResponse response, Model model) {
        try {
            PublicationOutcome outcome = commands.sendAndWait(
                    new PublishInstrumentVersion(studyId, instrument, Researchers.actor(researcher)));
            model.addAttribute("done", "Instrument " + instrument.id() + " version " + instrument.version()
                    + (outcome == PublicationOutcome.PUBLISHED ? " published: it is now the current one."
                    : " was already published with this content; nothing changed."));
            return page(studyId, model);
        } catch (RejectedException refused) {
            if (refused instanceof ConflictException) {
                response.setStatus(HttpStatus.CONFLICT.value());
                model.addAttribute("instrumentErrors", List.of(new Violation("file", refused.getMessage())));
                return page(studyId, model);
            }
            return refused(studyId, refused.violations(), response, model);
        }
    }

    private String refused(String studyId, List<Violation> violations, HttpServletResponse response, Model model) {
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        model.addAttribute("instrumentErrors", violations);
        return page(studyId, model);
    }

    private String page(String studyId, Model model) {
        StudyDefinition study = catalog.require(studyId);
        ZoneId zone = settings.zoneOf(studyId);
        model.addAttribute("study", study);
        model.addAttribute("zone", new StudyTimes(zone));
        model.addAttribute("members", members.of(studyId));
        return "console/study";
    }
}
