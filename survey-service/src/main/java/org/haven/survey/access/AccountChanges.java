package org.haven.survey.access;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Everything the console changes about accounts and tokens, each change recorded in the {@link AccountAudit}
 * with who made it. Accounts from the configuration are not changed here: they belong to whoever runs the
 * service.
 */
@Component
@ConditionalOnWebApplication
public class AccountChanges {

    /** A created or reset password, and whether the console generated it (then it is shown once). */
    public record NewPassword(String password, boolean generated) {
    }

    private final StoredAccounts stored;
    private final ResearcherAccountBook accounts;
    private final ConsoleSessions sessions;
    private final ResearcherTokens tokens;
    private final AccountAudit audit;
    private final Clock clock;

    AccountChanges(StoredAccounts stored, ResearcherAccountBook accounts, ConsoleSessions sessions,
                   ResearcherTokens tokens, AccountAudit audit, Clock clock) {
        this.stored = stored;
        this.accounts = accounts;
        this.sessions = sessions;
        this.tokens = tokens;
        this.audit = audit;
        this.clock = clock;
    }

    /** A new account that must change its first password; {@code password} null or empty: one is generated. */
    @Transactional
    public NewPassword create(ActiveAccount admin, String name, ResearcherRole role, String password) {
        ResearcherNames.problem(name).ifPresent(problem -> {
            throw new AccountChangeRefused("name", problem);
        });
        if (role == null) {
            throw new AccountChangeRefused("role", "choose a role");
        }
        NewPassword first = firstPassword(password);
        List<ResearcherRole> roles = role == ResearcherRole.ADMIN
                ? List.of(ResearcherRole.RESEARCHER, ResearcherRole.ADMIN) : List.of(ResearcherRole.RESEARCHER);
        if (!stored.create(name, accounts.hash(first.password()), roles, admin.name(), clock.instant())) {
            throw new AccountChangeRefused("name", "an account with this name exists already");
        }
        audit.record(admin.name(), AccountAction.ACCOUNT_CREATED, name);
        return first;
    }

    /** Disables a stored account: its console sessions end, and neither its password nor its tokens work. */
    @Transactional
    public void disable(ActiveAccount admin, String name) {
        changeable(admin, name);
        stored.setDisabled(name, clock.instant());
        sessions.endAll(name);
        audit.record(admin.name(), AccountAction.ACCOUNT_DISABLED, name);
    }

    @Transactional
    public void enable(ActiveAccount admin, String name) {
        changeable(admin, name);
        stored.setDisabled(name, null);
        audit.record(admin.name(), AccountAction.ACCOUNT_ENABLED, name);
    }

    /** A new password the account must change at its next sign-in; its console sessions end. */
    @Transactional
    public NewPassword reset(ActiveAccount admin, String name, String password) {
        changeable(admin, name);
        NewPassword next = firstPassword(password);
        stored.setPassword(name, accounts.hash(next.password()), true);
        sessions.endAll(name);
        audit.record(admin.name(), AccountAction.PASSWORD_RESET, name);
        return next;
    }

    /** The account's own new password (its current one already confirmed by {@link ConsoleSignIn#confirm}). */
    @Transactional
    public void changeOwn(ActiveAccount account, String password, String repeated) {
        if (account.configured()) {
            throw new AccountChangeRefused("password", "this account's password is set in the service's configuration");
        }
        PasswordRules.problem(password).ifPresent(problem -> {
            throw new AccountChangeRefused("password", problem);
        });
        if (!password.equals(repeated)) {
            throw new AccountChangeRefused("repeated", "the two passwords differ");
        }
        stored.setPassword(account.name(), accounts.hash(password), false);
        audit.record(account.name(), AccountAction.PASSWORD_CHANGED, account.name());
    }

    /** A new API token of the account, valid for {@code days} (null: until revoked). */
    @Transactional
    public ResearcherTokens.Issued createToken(ActiveAccount account, String label, Integer days) {
        if (label == null || label.isBlank()) {
            throw new AccountChangeRefused("label", "enter a name for the token");
        }
        if (label.length() > 100) {
            throw new AccountChangeRefused("label", "use at most 100 characters");
        }
        if (days != null && (days < 1 || days > 3650)) {
            throw new AccountChangeRefused("days", "enter a number of days from 1 to 3650, or leave it empty");
        }
        Instant now = clock.instant();
        ResearcherTokens.Issued issued = tokens.issue(account.name(), label.strip(), days == null ? null
                : now.plus(Duration.ofDays(days)), now);
        audit.record(account.name(), AccountAction.TOKEN_CREATED, label.strip());
        return issued;
    }

    @Transactional
    public boolean revokeToken(ActiveAccount account, String tokenId) {
        boolean revoked = tokens.revoke(account.name(), tokenId, clock.instant());
        if (revoked) {
            audit.record(account.name(), AccountAction.TOKEN_REVOKED, tokenId);
        }
        return revoked;
    }

    private void changeable(ActiveAccount admin, String name) {
        if (stored.configured(name) || stored.find(name).isEmpty()) {
            throw new AccountChangeRefused("name", "only accounts created in the console can be changed here");
        }
        if (StoredAccounts.key(name).equals(StoredAccounts.key(admin.name()))) {
            throw new AccountChangeRefused("name", "another ADMIN must change your own account");
        }
    }

    private static NewPassword firstPassword(String password) {
        if (password == null || password.isEmpty()) {
            return new NewPassword(PasswordRules.generate(), true);
        }
        PasswordRules.problem(password).ifPresent(problem -> {
            throw new AccountChangeRefused("password", problem);
        });
        return new NewPassword(password, false);
    }
}
