package org.haven.survey.questionnaire;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.List;

/**
 * Ending a page session from the page: the quick exit and the idle timeout post to {@code /p/end} (the page has
 * already left for the neutral site, or for {@code /p/ended}), and the "continue" of the idle warning touches it.
 */
@Controller
class QuickExitController {

    static final PageMessage ENDED = new PageMessage("Session ended", "Your session has ended",
            List.of("The page closed after a while without activity, to keep your answers private.",
                    "The answers you chose are kept: open your personal link again to continue."), false);

    private final String sessionCookie;

    QuickExitController(@Value("${server.servlet.session.cookie.name:JSESSIONID}") String sessionCookie) {
        this.sessionCookie = sessionCookie;
    }

    /**
     * Without {@code page}, ends the session at once (quick exit, idle end). With it, sent by a page going away,
     * only when no later page of the session has been shown since: a closed tab's last page ends it, a page left
     * for another one of the session (or reloaded) does not.
     */
    @PostMapping("/p/end")
    ResponseEntity<Void> end(@RequestParam(required = false) String page, HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null && page != null && !LatestPage.isLatest(session, page)) {
            return ResponseEntity.noContent().build();
        }
        if (session != null) {
            session.invalidate();
        }
        ResponseCookie expired = ResponseCookie.from(sessionCookie, "").path("/").maxAge(0).httpOnly(true)
                .sameSite("Strict").build();
        return ResponseEntity.noContent().header(HttpHeaders.SET_COOKIE, expired.toString()).build();
    }

    @GetMapping("/p/ended")
    String ended(Model model) {
        model.addAttribute("message", ENDED);
        return "participant/message";
    }

    /** The idle warning's "continue": any request of the session restarts its idle time. */
    @PostMapping("/questionnaire/session")
    ResponseEntity<Void> stillHere() {
        return ResponseEntity.noContent().build();
    }
}
