package org.haven.survey.access;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ThrottledSignInTest {

    private final SteppingClock clock = new SteppingClock(Instant.parse("2026-12-03T09:00:00Z"));
    private final SignInThrottle throttle = new SignInThrottle(ThrottleSettings.defaults(), clock);
    private final AtomicInteger passwordChecks = new AtomicInteger();
    private final AuthenticationProvider signIn = new ThrottledSignIn(new AuthenticationProvider() {
        @Override
        public Authentication authenticate(Authentication attempt) {
            passwordChecks.incrementAndGet();
            if (!"right".equals(attempt.getCredentials())) {
                throw new BadCredentialsException("Bad credentials");
            }
            return UsernamePasswordAuthenticationToken.authenticated(attempt.getName(), null, null);
        }

        @Override
        public boolean supports(Class<?> authentication) {
            return true;
        }
    }, throttle);

    @Test
    void a_blocked_account_at_its_address_is_refused_without_a_password_check() {
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> signIn.authenticate(attempt("wrong", "203.0.113.1")))
                    .isInstanceOf(BadCredentialsException.class);
        }
        int checksBefore = passwordChecks.get();

        assertThatThrownBy(() -> signIn.authenticate(attempt("right", "203.0.113.1")))
                .isInstanceOfSatisfying(SignInThrottledException.class,
                        throttled -> assertThat(throttled.retryAfter()).isEqualTo(Duration.ofMinutes(1)));
        assertThat(passwordChecks.get()).isEqualTo(checksBefore);
        assertThat(signIn.authenticate(attempt("right", "198.51.100.2")).isAuthenticated()).isTrue();
    }

    @Test
    void a_correct_password_clears_the_earlier_failures_of_that_account_at_that_address() {
        for (int i = 0; i < 4; i++) {
            assertThatThrownBy(() -> signIn.authenticate(attempt("wrong", "203.0.113.1")));
        }
        signIn.authenticate(attempt("right", "203.0.113.1"));

        assertThatThrownBy(() -> signIn.authenticate(attempt("wrong", "203.0.113.1")))
                .isInstanceOf(BadCredentialsException.class);
        assertThat(throttle.blocked("dr.morgan", "203.0.113.1")).isEmpty();
    }

    private static UsernamePasswordAuthenticationToken attempt(String password, String address) {
        var request = new MockHttpServletRequest();
        request.setRemoteAddr(address);
        var attempt = UsernamePasswordAuthenticationToken.unauthenticated("dr.morgan", password);
        attempt.setDetails(new WebAuthenticationDetails(request));
        return attempt;
    }
}
