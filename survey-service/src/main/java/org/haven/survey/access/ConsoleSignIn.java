package org.haven.survey.access;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetailsSource;

/**
 * The console's password check: the same accounts, the same throttle (shared with HTTP Basic, so guesses in
 * either place count together) and the same answers for a wrong password and an unknown name as the API. Every
 * sign-in, failure and refusal by the throttle is recorded in the account audit, never the password.
 */
public class ConsoleSignIn {

    private final AuthenticationProvider passwords;
    private final ResearcherAccountBook accounts;
    private final AccountAudit audit;

    ConsoleSignIn(AuthenticationProvider passwords, ResearcherAccountBook accounts, AccountAudit audit) {
        this.passwords = passwords;
        this.accounts = accounts;
        this.audit = audit;
    }

    /**
     * The account, when the password is right.
     *
     * @throws SignInThrottledException when the account at this address, or the address, is blocked for now
     * @throws BadCredentialsException  for a wrong password or name
     */
    public ActiveAccount signIn(String name, String password, HttpServletRequest request) {
        ActiveAccount account = check(name, password, request);
        audit.record(account.name(), AccountAction.SIGNED_IN, null);
        return account;
    }

    /** Checks the password of an account already signed in (changing it), throttled like a sign-in. */
    public void confirm(ActiveAccount account, String password, HttpServletRequest request) {
        check(account.name(), password, request);
    }

    private ActiveAccount check(String name, String password, HttpServletRequest request) {
        String tried = name == null ? "" : name;
        var attempt = UsernamePasswordAuthenticationToken.unauthenticated(tried, password == null ? "" : password);
        attempt.setDetails(new WebAuthenticationDetailsSource().buildDetails(request));
        try {
            passwords.authenticate(attempt);
        } catch (SignInThrottledException throttled) {
            audit.record(tried, AccountAction.SIGN_IN_THROTTLED, null);
            throw throttled;
        } catch (AuthenticationException failed) {
            audit.record(tried, AccountAction.SIGN_IN_FAILED, null);
            throw new BadCredentialsException("wrong name or password");
        }
        return accounts.active(tried).orElseThrow(() -> new BadCredentialsException("wrong name or password"));
    }
}
