package org.haven.survey.questionnaire;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.haven.survey.access.ParticipantPrincipal;
import org.haven.survey.pages.PageSettings;
import org.haven.survey.pages.StudyPageSettings;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Gives every participant page its study's settings ({@code site}: neutral title, quick exit, help lines; the
 * service's defaults before the study is known) and, inside a page session, the seconds it lasts untouched
 * ({@code idleSeconds}), for the page's warning a minute before it ends, and the page's id ({@code pageId}, see
 * {@link LatestPage}).
 */
@ControllerAdvice(assignableTypes = {PersonalLinkController.class, QuestionnairePageController.class,
        WithdrawalPageController.class, QuickExitController.class, InstrumentPreviewController.class,
        StopEmailsPageController.class})
class PageSiteAdvice {

    private final StudyPageSettings settings;

    PageSiteAdvice(StudyPageSettings settings) {
        this.settings = settings;
    }

    @ModelAttribute("site")
    PageSettings site(@AuthenticationPrincipal ParticipantPrincipal me) {
        return me == null ? settings.defaults() : settings.of(me.studyId());
    }

    @ModelAttribute("idleSeconds")
    Integer idleSeconds(@AuthenticationPrincipal ParticipantPrincipal me, HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return me == null || session == null ? null : session.getMaxInactiveInterval();
    }

    /** Inside a page session, this page's id, with which it ends the session when it goes away. */
    @ModelAttribute("pageId")
    String pageId(@AuthenticationPrincipal ParticipantPrincipal me, HttpServletRequest request) {
        return me == null ? null : LatestPage.mark(request);
    }
}
