package org.haven.survey.console;

import jakarta.servlet.http.HttpServletResponse;
import org.haven.survey.access.AccountAudit;
import org.haven.survey.access.AccountChangeRefused;
import org.haven.survey.access.AccountChanges;
import org.haven.survey.access.ActiveAccount;
import org.haven.survey.access.PasswordRules;
import org.haven.survey.access.ResearcherAccountBook;
import org.haven.survey.access.ResearcherRole;
import org.haven.survey.access.StoredAccounts;
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

import java.util.Map;

/**
 * An ADMIN's accounts page (the security chain lets only ADMINs in): every account, a form to create one, and
 * per stored account disable or enable and a password reset. A password the console generates is shown once, on
 * the page answering the post, and never stored in clear.
 */
@Controller
@ConditionalOnWebApplication
class AccountsPageController {

    private static final int AUDIT_ENTRIES = 50;

    private final ResearcherAccountBook accounts;
    private final StoredAccounts stored;
    private final AccountChanges changes;
    private final AccountAudit audit;

    AccountsPageController(ResearcherAccountBook accounts, StoredAccounts stored, AccountChanges changes,
                           AccountAudit audit) {
        this.accounts = accounts;
        this.stored = stored;
        this.changes = changes;
        this.audit = audit;
    }

    @GetMapping("/console/accounts")
    String list(Model model) {
        return page(model);
    }

    @PostMapping(path = "/console/accounts", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
    String create(@AuthenticationPrincipal ActiveAccount me, @RequestParam(defaultValue = "") String name,
                  @RequestParam(required = false) ResearcherRole role, @RequestParam(defaultValue = "") String password,
                  HttpServletResponse response, Model model) {
        try {
            AccountChanges.NewPassword first = changes.create(me, name.strip(), role, password);
            model.addAttribute("done", "Account " + name.strip() + " created. It must change this password at its"
                    + " first sign-in.");
            model.addAttribute("shownOnce", first.generated() ? first.password() : null);
        } catch (AccountChangeRefused refused) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("errors", Map.of(refused.field(), refused.getMessage()));
            model.addAttribute("name", name);
            model.addAttribute("role", role);
        }
        return page(model);
    }

    @PostMapping("/console/accounts/{name}/disable")
    String disable(@AuthenticationPrincipal ActiveAccount me, @PathVariable String name, HttpServletResponse response,
                   Model model) {
        return change(name, response, model, () -> {
            changes.disable(me, name);
            model.addAttribute("done", "Account " + name + " disabled: its sessions and API access have ended.");
        });
    }

    @PostMapping("/console/accounts/{name}/enable")
    String enable(@AuthenticationPrincipal ActiveAccount me, @PathVariable String name, HttpServletResponse response,
                  Model model) {
        return change(name, response, model, () -> {
            changes.enable(me, name);
            model.addAttribute("done", "Account " + name + " enabled.");
        });
    }

    @PostMapping(path = "/console/accounts/{name}/password", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
    String reset(@AuthenticationPrincipal ActiveAccount me, @PathVariable String name,
                 @RequestParam(defaultValue = "") String password, HttpServletResponse response, Model model) {
        return change(name, response, model, () -> {
            AccountChanges.NewPassword next = changes.reset(me, name, password);
            model.addAttribute("done", "Password of " + name + " reset; it must be changed at the next sign-in.");
            model.addAttribute("shownOnce", next.generated() ? next.password() : null);
        });
    }

    private String change(String name, HttpServletResponse response, Model model, Runnable change) {
        try {
            change.run();
        } catch (AccountChangeRefused refused) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("rowError", Map.of("account", name, "problem", refused.getMessage()));
        }
        return page(model);
    }

    private String page(Model model) {
        model.addAttribute("configured", accounts.configuredAccounts());
        model.addAttribute("stored", stored.all());
        model.addAttribute("roles", ResearcherRole.values());
        model.addAttribute("minLength", PasswordRules.MIN_LENGTH);
        model.addAttribute("audit", audit.recent(AUDIT_ENTRIES));
        return "console/accounts";
    }
}
