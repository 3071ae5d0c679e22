package org.haven.survey.console;

import jakarta.servlet.http.HttpServletResponse;
import org.haven.survey.access.AccountChangeRefused;
import org.haven.survey.access.AccountChanges;
import org.haven.survey.access.ActiveAccount;
import org.haven.survey.access.ResearcherTokens;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.time.Clock;
import java.util.Map;

/** The researcher's own API tokens: create (the token is shown once), see when each was last used, revoke. */
@Controller
@ConditionalOnWebApplication
class TokensPageController {

    private final ResearcherTokens tokens;
    private final AccountChanges changes;
    private final Clock clock;

    TokensPageController(ResearcherTokens tokens, AccountChanges changes, Clock clock) {
        this.tokens = tokens;
        this.changes = changes;
        this.clock = clock;
    }

    @GetMapping("/console/tokens")
    String list(@AuthenticationPrincipal ActiveAccount me, Model model) {
        return page(me, model);
    }

    @PostMapping(path = "/console/tokens", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
    String create(@AuthenticationPrincipal ActiveAccount me, @RequestParam(defaultValue = "") String label,
                  @RequestParam(defaultValue = "") String days, HttpServletResponse response, Model model) {
        try {
            ResearcherTokens.Issued issued = changes.createToken(me, label, days(days));
            model.addAttribute("shownOnce", issued.token());
        } catch (AccountChangeRefused refused) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("errors", Map.of(refused.field(), refused.getMessage()));
            model.addAttribute("label", label);
            model.addAttribute("days", days);
        }
        return page(me, model);
    }

    @PostMapping("/console/tokens/{tokenId}/revoke")
    String revoke(@AuthenticationPrincipal ActiveAccount me, @PathVariable String tokenId, Model model) {
        // someone else's token id is answered like an unknown one
        model.addAttribute("done", changes.revokeToken(me, tokenId) ? "Token revoked." : "No such token to revoke.");
        return page(me, model);
    }

    private String page(ActiveAccount me, Model model) {
        model.addAttribute("tokens", tokens.of(me.name()));
        model.addAttribute("now", clock.instant());
        return "console/tokens";
    }

    private static Integer days(String days) {
        if (days.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(days.strip());
        } catch (NumberFormatException notANumber) {
            throw new AccountChangeRefused("days", "enter a whole number of days, or leave it empty");
        }
    }
}
