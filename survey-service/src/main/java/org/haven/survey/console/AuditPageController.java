package org.haven.survey.console;

import org.haven.survey.audit.AuditEntry;
import org.haven.survey.audit.AuditTrail;
import org.haven.survey.contact.ContactSettings;
import org.haven.survey.study.StudyCatalog;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A study's audit trail as {@code GET /api/studies/{id}/audit} gives it (who did what and when, never an event's
 * content), newest first, a page at a time, filtered by event type and by actor.
 */
@Controller
@ConditionalOnWebApplication
class AuditPageController {

    static final int PAGE_SIZE = 50;

    /** The actor as the filter names it: kind and name, e.g. "RESEARCHER alice". */
    static String actorLabel(AuditEntry entry) {
        return entry.actor() == null ? "" : entry.actor().kind() + " " + entry.actor().name();
    }

    private final AuditTrail trail;
    private final StudyCatalog catalog;
    private final ContactSettings settings;

    AuditPageController(AuditTrail trail, StudyCatalog catalog, ContactSettings settings) {
        this.trail = trail;
        this.catalog = catalog;
        this.settings = settings;
    }

    @GetMapping("/console/studies/{studyId}/audit")
    String audit(@PathVariable String studyId, @RequestParam(defaultValue = "") String event,
                 @RequestParam(defaultValue = "") String actor, @RequestParam(defaultValue = "1") String page,
                 Model model) {
        List<AuditEntry> all = new ArrayList<>(trail.of(studyId));
        Collections.reverse(all);
        List<AuditEntry> chosen = all.stream()
                .filter(entry -> event.isEmpty() || entry.event().equals(event))
                .filter(entry -> actor.isEmpty() || actorLabel(entry).equals(actor))
                .toList();
        int pages = Math.max(1, (chosen.size() + PAGE_SIZE - 1) / PAGE_SIZE);
        int current = Math.min(pages, pageNumber(page));
        model.addAttribute("study", catalog.require(studyId));
        model.addAttribute("zone", new StudyTimes(settings.zoneOf(studyId)));
        model.addAttribute("entries", chosen.subList((current - 1) * PAGE_SIZE,
                Math.min(chosen.size(), current * PAGE_SIZE)));
        model.addAttribute("total", chosen.size());
        model.addAttribute("page", current);
        model.addAttribute("pages", pages);
        model.addAttribute("event", event);
        model.addAttribute("actor", actor);
        model.addAttribute("events", all.stream().map(AuditEntry::event).distinct().sorted().toList());
        model.addAttribute("actors", all.stream().map(AuditPageController::actorLabel).distinct().sorted().toList());
        return "console/audit";
    }

    private static int pageNumber(String page) {
        try {
            return Math.max(1, Integer.parseInt(page.strip()));
        } catch (NumberFormatException notANumber) {
            return 1;
        }
    }
}
