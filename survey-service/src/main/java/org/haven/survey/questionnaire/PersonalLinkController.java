package org.haven.survey.questionnaire;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.haven.survey.access.SignInThrottle;
import org.haven.survey.pages.StudyPageSettings;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseBody;


/**
 * The personal link is {@code /p#<token>}: the token sits in the fragment, which browsers never send, so it
 * cannot reach an access log, a proxy, a Referer header or a DEBUG line with the URL. The page at {@code /p}
 * hands it over once in a JSON body (whose record prints redacted), removes it from the address bar and history,
 * and continues at {@code /questionnaire} inside a session that holds only a reference to the token.
 */
@Controller
class PersonalLinkController {

    record LinkRequest(String token) {
        @Override
        public String toString() {
            return "LinkRequest[token=(redacted)]";
        }
    }

    private final PageSessions sessions;
    private final SignInThrottle throttle;
    private final StudyPageSettings settings;

    PersonalLinkController(PageSessions sessions, SignInThrottle throttle, StudyPageSettings settings) {
        this.sessions = sessions;
        this.throttle = throttle;
        this.settings = settings;
    }

    @GetMapping("/p")
    String link() {
        return "participant/link";
    }

    @PostMapping(path = "/p/session", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    ResponseEntity<?> open(@RequestBody LinkRequest link, HttpServletRequest request) {
        return ThrottledTokenPost.answer(throttle, request, () -> {
            if (!sessions.open(link.token(), request)) {
                return false;
            }
            // the study's idle time, so a page left open on a shared device does not stay usable for long
            sessions.participant(request).ifPresent(me -> request.getSession().setMaxInactiveInterval(
                    (int) settings.of(me.studyId()).idle().toSeconds()));
            return true;
        });
    }

    /** One page for an unknown, a mistyped and a revoked token alike: it must not confirm that a token existed. */
    @GetMapping("/p/not-valid")
    String notValid(Model model, HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        model.addAttribute("message", PageMessages.LINK_NOT_VALID);
        return "participant/message";
    }
}
