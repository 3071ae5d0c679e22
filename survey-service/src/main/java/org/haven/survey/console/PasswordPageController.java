package org.haven.survey.console;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.haven.survey.access.AccountChangeRefused;
import org.haven.survey.access.AccountChanges;
import org.haven.survey.access.ActiveAccount;
import org.haven.survey.access.ConsoleSessions;
import org.haven.survey.access.ConsoleSignIn;
import org.haven.survey.access.PasswordRules;
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

import java.util.Map;

/** Changing one's own password: forced after the first sign-in and after a reset, open to every stored account. */
@Controller
@ConditionalOnWebApplication
class PasswordPageController {

    private final ConsoleSignIn signIn;
    private final AccountChanges changes;
    private final ConsoleSessions sessions;

    PasswordPageController(ConsoleSignIn signIn, AccountChanges changes, ConsoleSessions sessions) {
        this.signIn = signIn;
        this.changes = changes;
        this.sessions = sessions;
    }

    @GetMapping("/console/password")
    String form(Model model) {
        model.addAttribute("minLength", PasswordRules.MIN_LENGTH);
        return "console/password";
    }

    @PostMapping(path = "/console/password", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
    String change(@AuthenticationPrincipal ActiveAccount me, @RequestParam(defaultValue = "") String current,
                  @RequestParam(defaultValue = "") String password, @RequestParam(defaultValue = "") String repeated,
                  HttpServletRequest request, HttpServletResponse response, Model model) {
        model.addAttribute("minLength", PasswordRules.MIN_LENGTH);
        try {
            signIn.confirm(me, current, request);
            changes.changeOwn(me, password, repeated);
        } catch (SignInThrottledException throttled) {
            response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
            response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(TooManyAttempts.seconds(throttled.retryAfter())));
            model.addAttribute("errors", Map.of("current", "too many failed attempts; try again in "
                    + TooManyAttempts.seconds(throttled.retryAfter()) + " seconds"));
            return "console/password";
        } catch (BadCredentialsException wrong) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("errors", Map.of("current", "this is not your current password"));
            return "console/password";
        } catch (AccountChangeRefused refused) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("errors", Map.of(refused.field(), refused.getMessage()));
            return "console/password";
        }
        // a fresh session: whatever held the old one (the first password was someone else's to know) is out
        sessions.start(me, request, response);
        return "redirect:/console?password-changed";
    }
}
