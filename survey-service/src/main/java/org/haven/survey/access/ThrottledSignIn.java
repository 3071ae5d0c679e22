package org.haven.survey.access;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.Authentication;

/**
 * Puts the {@link SignInThrottle} in front of a password check: a blocked account at its address, or a blocked
 * address, is refused before the password is looked at; a wrong password or an unknown name counts as a failure;
 * a correct one clears that account's failures from that address. Being the application's one authentication
 * provider, it guards every sign-in that goes through Spring Security (HTTP Basic today, a form sign-in later).
 */
class ThrottledSignIn implements AuthenticationProvider {

    private final AuthenticationProvider passwords;
    private final SignInThrottle throttle;

    ThrottledSignIn(AuthenticationProvider passwords, SignInThrottle throttle) {
        this.passwords = passwords;
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication attempt) {
        String name = attempt.getName();
        String address = ClientAddress.of(attempt.getDetails());
        throttle.blocked(name, address).ifPresent(wait -> {
            throw new SignInThrottledException(wait);
        });
        try {
            Authentication signedIn = passwords.authenticate(attempt);
            if (signedIn != null) {
                throttle.succeeded(name, address);
            }
            return signedIn;
        } catch (BadCredentialsException wrong) {
            throttle.failed(name, address);
            throw wrong;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return passwords.supports(authentication);
    }
}
