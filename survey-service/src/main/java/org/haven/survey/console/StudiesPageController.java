package org.haven.survey.console;

import org.haven.survey.access.ActiveAccount;
import org.haven.survey.access.StudyAccess;
import org.haven.survey.study.StudyCatalog;
import org.haven.survey.study.StudyDefinition;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import java.util.List;

/**
 * The console's start page: the studies the researcher reaches (own and shared; an ADMIN: all), decided by
 * {@link StudyAccess} exactly as for {@code GET /api/studies}.
 */
@Controller
@ConditionalOnWebApplication
class StudiesPageController {

    private final StudyAccess access;
    private final StudyCatalog catalog;

    StudiesPageController(StudyAccess access, StudyCatalog catalog) {
        this.access = access;
        this.catalog = catalog;
    }

    @GetMapping("/console")
    String studies(Authentication caller, Model model) {
        List<StudyDefinition> studies = access.visibleStudyIds(caller).stream().map(catalog::require).toList();
        model.addAttribute("studies", studies);
        model.addAttribute("allStudies", caller.getPrincipal() instanceof ActiveAccount account && account.admin());
        return "console/studies";
    }
}
