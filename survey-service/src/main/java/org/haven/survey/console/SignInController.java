package org.haven.survey.console;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.haven.survey.access.AccountAction;
import org.haven.survey.access.AccountAudit;
import org.haven.survey.access.ActiveAccount;
import org.haven.survey.access.ConsoleSessions;
import org.haven.survey.access.ConsoleSignIn;
import org.haven.survey.access.SignInThrottledException;
import org.haven.survey.access.TooManyAttempts;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Sign-in and sign-out. A wrong password and an unknown name get the same answer (401, the form again); a
 * throttled sign-in gets 429 with {@code Retry-After}, as the API answers it.
 */
@Controller
@ConditionalOnWebApplication
class SignInController {

    private final ConsoleSignIn signIn;
    private final ConsoleSessions sessions;
    private final AccountAudit audit;

    SignInController(ConsoleSignIn signIn, ConsoleSessions sessions, AccountAudit audit) {
        this.signIn = signIn;
        this.sessions = sessions;
        this.audit = audit;
    }

    @GetMapping("/console/sign-in")
    String form(@AuthenticationPrincipal ActiveAccount me, @RequestParam(name = "signed-out", required = false)
                String signedOut, Model model) {
        if (me != null) {
            return "redirect:/console";
        }
        model.addAttribute("signedOut", signedOut != null);
        return "console/sign-in";
    }

    @PostMapping(path = "/console/sign-in", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
    String signIn(@RequestParam(defaultValue = "") String name, @RequestParam(defaultValue = "") String password,
                  HttpServletRequest request, HttpServletResponse response, Model model) {
        try {
            ActiveAccount account = signIn.signIn(name, password, request);
            sessions.start(account, request, response);
            return "redirect:/console";
        } catch (SignInThrottledException throttled) {
            long seconds = TooManyAttempts.seconds(throttled.retryAfter());
            response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
            response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
            model.addAttribute("retryAfter", seconds);
        } catch (BadCredentialsException wrong) {
            response.setStatus(HttpStatus.UNAUTHORIZED.value());
            model.addAttribute("failed", true);
        }
        model.addAttribute("name", name);
        return "console/sign-in";
    }

    @PostMapping("/console/sign-out")
    String signOut(@AuthenticationPrincipal ActiveAccount me, HttpServletRequest request,
                   HttpServletResponse response) {
        sessions.end(request, response);
        audit.record(me.name(), AccountAction.SIGNED_OUT, null);
        return "redirect:/console/sign-in?signed-out";
    }
}
