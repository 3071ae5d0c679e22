package org.haven.survey.console;

import jakarta.servlet.http.HttpServletResponse;
import org.haven.survey.access.PersonalLink;
import org.haven.survey.contact.BulkEnrollment;
import org.haven.survey.contact.BulkReport;
import org.haven.survey.contact.ContactSettings;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.haven.events.participant.WithdrawalScope;
import org.haven.survey.participant.Enrollment;
import org.haven.survey.participant.ParticipantDirectory;
import org.haven.survey.participant.TokenRules;
import org.haven.survey.participant.WithdrawConsent;
import org.haven.survey.participant.ParticipantList;
import org.haven.survey.participant.ParticipantStatus;
import org.haven.survey.participant.TokenReissue;
import org.haven.survey.problem.NotFoundException;
import org.haven.survey.problem.RejectedException;
import org.haven.survey.problem.Violation;
import org.haven.survey.study.StudyCatalog;
import org.haven.survey.study.TimeZones;
import org.haven.survey.web.Researchers;
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
import java.time.Clock;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A study's participants in the browser: enroll one (the same rules as {@code POST /api/studies/{id}/participants}),
 * enroll a CSV file of addresses (the bulk API's {@link BulkEnrollment}, its bad lines listed as it reports them),
 * and the list of {@code GET /api/studies/{id}/participants}, a page at a time, filtered by status. A personal link
 * appears once on the page that enrolled, and only when no mail will carry it.
 */
@Controller
@ConditionalOnWebApplication
class ParticipantsPageController {

    static final int PAGE_SIZE = 50;

    private final Enrollment enrollment;
    private final BulkEnrollment bulk;
    private final ParticipantList participants;
    private final StudyCatalog catalog;
    private final ContactSettings settings;
    private final PersonalLink links;
    private final TokenReissue reissue;
    private final ParticipantDirectory directory;
    private final CommandGateway commands;
    private final Clock clock;

    ParticipantsPageController(Enrollment enrollment, BulkEnrollment bulk, ParticipantList participants,
                               StudyCatalog catalog, ContactSettings settings, PersonalLink links,
                               TokenReissue reissue, ParticipantDirectory directory, CommandGateway commands,
                               Clock clock) {
        this.enrollment = enrollment;
        this.directory = directory;
        this.commands = commands;
        this.reissue = reissue;
        this.bulk = bulk;
        this.participants = participants;
        this.catalog = catalog;
        this.settings = settings;
        this.links = links;
        this.clock = clock;
    }

    /** One enrolled participant as the page shows it: the link only when it is not mailed. */
    record Enrolled(String participantId, String link) {
        @Override
        public String toString() {
            return "Enrolled[participantId=" + participantId + ", link=(redacted)]";
        }
    }

    @GetMapping("/console/studies/{studyId}/participants")
    String list(@PathVariable String studyId, @RequestParam(defaultValue = "") String status,
                @RequestParam(defaultValue = "0") int page, HttpServletResponse response, Model model) {
        return page(studyId, status, page, new LinkedHashMap<>(), response, model);
    }

    @PostMapping(path = "/console/studies/{studyId}/participants",
            consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
    String enroll(@PathVariable String studyId, @RequestParam(defaultValue = "") String consentFormVersion,
                  @RequestParam(defaultValue = "") String contactEmail, @RequestParam(defaultValue = "") String timeZone,
                  Authentication researcher, HttpServletResponse response, Model model) {
        Map<String, String> errors = new LinkedHashMap<>();
        try {
            ZoneId zone = TimeZones.optional(timeZone.isBlank() ? null : timeZone, "timeZone");
            boolean byMail = !contactEmail.isBlank() && settings.scheduleOf(studyId).isPresent();
            var enrolled = enrollment.enroll(new Enrollment.Contact(contactEmail.isBlank() ? null : contactEmail, zone),
                    studyId, consentFormVersion.strip(), clock.instant(), Researchers.actor(researcher), !byMail);
            model.addAttribute("enrolled", new Enrolled(enrolled.participantId(),
                    byMail ? null : links.forToken(enrolled.token())));
        } catch (RejectedException refused) {
            put(errors, refused.violations(), "enroll-", "contactEmail");
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("consentFormVersion", consentFormVersion);
            model.addAttribute("timeZone", timeZone);
        }
        return page(studyId, "", 0, errors, response, model);
    }

    @PostMapping(path = "/console/studies/{studyId}/participants/bulk", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    String enrollFile(@PathVariable String studyId, @RequestParam(defaultValue = "") String consentFormVersion,
                      @RequestParam(name = "file", required = false) MultipartFile file, Authentication researcher,
                      HttpServletResponse response, Model model) throws IOException {
        Map<String, String> errors = new LinkedHashMap<>();
        if (file == null || file.isEmpty()) {
            errors.put("bulk-file", "choose the CSV file of e-mail addresses");
        } else {
            try {
                BulkReport report = bulk.enrollFile(studyId, consentFormVersion, file.getBytes(),
                        Researchers.actor(researcher));
                model.addAttribute("report", report);
                if (report.enrolledCount() == 0) {
                    response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
                }
            } catch (RejectedException refused) {
                put(errors, refused.violations(), "bulk-", "file");
            }
        }
        if (!errors.isEmpty()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("bulkConsentFormVersion", consentFormVersion);
        }
        return page(studyId, "", 0, errors, response, model);
    }

    /** A new personal link, as {@code POST /api/studies/{id}/participants/{pid}/token}: older links stop working. */
    @PostMapping("/console/studies/{studyId}/participants/{participantId}/token")
    String newLink(@PathVariable String studyId, @PathVariable String participantId, Authentication researcher,
                   HttpServletResponse response, Model model) {
        try {
            String token = reissue.reissue(studyId, participantId, clock.instant(), Researchers.actor(researcher));
            model.addAttribute("reissued", new Enrolled(participantId, links.forToken(token)));
        } catch (RejectedException refused) {
            response.setStatus(refused instanceof NotFoundException ? HttpStatus.NOT_FOUND.value()
                    : HttpStatus.CONFLICT.value());
            model.addAttribute("actionError", refused.violations().isEmpty() ? refused.getMessage()
                    : refused.violations().get(0).message());
        }
        return page(studyId, "", 0, new LinkedHashMap<>(), response, model);
    }

    /** The two scopes of a withdrawal in the words the page uses for them. */
    static final Map<String, String> SCOPES = Map.of(
            WithdrawalScope.STOP_FUTURE_WAVES.name(), "No further waves: they are not asked again, and the answers"
                    + " they already gave stay in the analyses.",
            WithdrawalScope.STOP_USING_COLLECTED_DATA.name(), "No further waves, and the answers they already gave"
                    + " are left out of every analysis.");

    /**
     * Withdrawal in three posts of the same form: without a scope it asks for one, with a scope it asks to confirm,
     * and only with {@code confirm=yes} it records {@code WithdrawConsent} as the API's withdrawal does.
     */
    @PostMapping("/console/studies/{studyId}/participants/{participantId}/withdrawal")
    String withdraw(@PathVariable String studyId, @PathVariable String participantId,
                    @RequestParam(defaultValue = "") String scope, @RequestParam(defaultValue = "") String confirm,
                    Authentication researcher, HttpServletResponse response, Model model) {
        Map<String, String> errors = new LinkedHashMap<>();
        try {
            directory.find(participantId).filter(found -> found.studyId().equals(studyId))
                    .orElseThrow(TokenRules::notInStudy);
        } catch (RejectedException refused) {
            response.setStatus(HttpStatus.NOT_FOUND.value());
            model.addAttribute("actionError", refused.getMessage());
            return page(studyId, "", 0, errors, response, model);
        }
        model.addAttribute("withdrawing", participantId);
        model.addAttribute("scopes", SCOPES);
        if (!SCOPES.containsKey(scope)) {
            if (!scope.isEmpty()) {
                response.setStatus(HttpStatus.BAD_REQUEST.value());
                errors.put("scope", "choose one of the two kinds of withdrawal");
            }
            model.addAttribute("withdrawStep", "choose");
        } else if (!"yes".equals(confirm)) {
            model.addAttribute("withdrawStep", "confirm");
            model.addAttribute("withdrawScope", scope);
        } else {
            try {
                commands.sendAndWait(new WithdrawConsent(participantId, WithdrawalScope.valueOf(scope),
                        Researchers.actor(researcher)));
                model.addAttribute("withdrawStep", "done");
                model.addAttribute("withdrawScope", scope);
            } catch (RejectedException refused) {
                response.setStatus(HttpStatus.CONFLICT.value());
                model.asMap().remove("withdrawing");
                model.addAttribute("actionError", refused.violations().isEmpty() ? refused.getMessage()
                        : refused.violations().get(0).message());
            }
        }
        return page(studyId, "", 0, errors, response, model);
    }

    private String page(String studyId, String status, int page, Map<String, String> errors,
                        HttpServletResponse response, Model model) {
        ParticipantStatus filter = null;
        if (!status.isBlank()) {
            try {
                filter = ParticipantStatus.valueOf(status.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException unknown) {
                errors.put("status", "choose one of the statuses listed");
                response.setStatus(HttpStatus.BAD_REQUEST.value());
            }
        }
        ParticipantList.Page shown = participants.page(studyId, filter, Math.max(page, 0), PAGE_SIZE);
        model.addAttribute("study", catalog.require(studyId));
        model.addAttribute("zone", settings.zoneOf(studyId));
        model.addAttribute("byMail", settings.scheduleOf(studyId).isPresent());
        model.addAttribute("statuses", Arrays.stream(ParticipantStatus.values()).map(Enum::name).toList());
        model.addAttribute("status", filter == null ? "" : filter.name());
        model.addAttribute("shown", shown);
        model.addAttribute("pages", Math.max(1, (shown.total() + PAGE_SIZE - 1) / PAGE_SIZE));
        model.addAttribute("errors", errors);
        return "console/participants";
    }

    /** Each problem at the form's field it names; one naming no field of the form at {@code otherwise}. */
    private static void put(Map<String, String> errors, List<Violation> violations, String form, String otherwise) {
        violations.forEach(violation -> errors.putIfAbsent(form + fieldOf(violation.field(), otherwise),
                violation.message()));
    }

    private static String fieldOf(String field, String otherwise) {
        return switch (field == null ? "" : field) {
            case "consentFormVersion", "contactEmail", "timeZone" -> field;
            default -> otherwise;
        };
    }
}
