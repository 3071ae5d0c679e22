package org.haven.survey.console;

import jakarta.servlet.http.HttpServletResponse;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.haven.events.study.WaveWindow;
import org.haven.survey.problem.RejectedException;
import org.haven.survey.problem.Violation;
import org.haven.survey.study.CreateStudy;
import org.haven.survey.study.SetStudyTimeZone;
import org.haven.survey.study.TimeZones;
import org.haven.survey.web.Researchers;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Creating a study: title, time zone, whether imports may enroll, and its waves as rows. "Add a wave row" posts the
 * form back with one more row, so the page needs no script. The study is created by the same commands as through
 * {@code POST /api/studies} and {@code PUT /api/studies/{id}/time-zone}.
 */
@Controller
@ConditionalOnWebApplication
class StudyFormController {

    private final CommandGateway commands;

    StudyFormController(CommandGateway commands) {
        this.commands = commands;
    }

    @GetMapping("/console/new-study")
    String form(Model model) {
        return page(model, "", "UTC", false, WaveRows.empty(WaveRows.FIRST_ROWS), Map.of());
    }

    @PostMapping(path = "/console/studies", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
    String create(@RequestParam(defaultValue = "") String title, @RequestParam(defaultValue = "") String timeZone,
                  @RequestParam(defaultValue = "false") boolean importsMayEnroll,
                  @RequestParam(name = "waveType", required = false) List<String> types,
                  @RequestParam(required = false) List<String> opensAt,
                  @RequestParam(required = false) List<String> closesAt,
                  @RequestParam(required = false) List<String> offsetDays,
                  @RequestParam(required = false) List<String> lengthDays,
                  @RequestParam(defaultValue = "") String action, Authentication researcher,
                  HttpServletResponse response, Model model) {
        WaveRows rows = WaveRows.of(types == null ? List.of() : types, opensAt, closesAt, offsetDays, lengthDays);
        if ("add-row".equals(action)) {
            return page(model, title, timeZone, importsMayEnroll, rows.withOneMore(), Map.of());
        }
        Map<String, String> errors = WaveRows.newErrors();
        ZoneId zone = null;
        try {
            zone = TimeZones.required(timeZone, "timeZone");
        } catch (RejectedException refused) {
            put(errors, refused.violations());
        }
        if (title.isBlank()) {
            errors.put("title", "a study needs a title");
        }
        List<WaveWindow> waves = rows.windows(zone, errors);
        String studyId = UUID.randomUUID().toString();
        if (errors.isEmpty()) {
            try {
                commands.sendAndWait(new CreateStudy(studyId, title, importsMayEnroll, waves,
                        Researchers.actor(researcher)));
                commands.sendAndWait(new SetStudyTimeZone(studyId, zone, Researchers.actor(researcher)));
                return "redirect:/console/studies/" + studyId + "?created";
            } catch (RejectedException refused) {
                put(errors, refused.violations());
            }
        }
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        return page(model, title, timeZone, importsMayEnroll, rows, errors);
    }

    private static void put(Map<String, String> errors, List<Violation> violations) {
        violations.forEach(violation -> errors.putIfAbsent(violation.field(), violation.message()));
    }

    private static String page(Model model, String title, String timeZone, boolean importsMayEnroll, WaveRows rows,
                               Map<String, String> errors) {
        model.addAttribute("studyTitle", title);
        model.addAttribute("timeZone", timeZone);
        model.addAttribute("importsMayEnroll", importsMayEnroll);
        model.addAttribute("rows", rows.rows());
        model.addAttribute("errors", errors);
        return "console/new-study";
    }
}
