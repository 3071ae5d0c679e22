package org.haven.survey.questionnaire;

import jakarta.servlet.http.HttpServletRequest;
import org.haven.survey.access.ClientAddress;
import org.haven.survey.access.SignInThrottle;
import org.haven.survey.access.TooManyAttempts;
import org.springframework.http.ResponseEntity;

import java.time.Duration;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/**
 * A token posted by a page's script (the personal link, the stop link) is a guess like any other: failures count per
 * client address, and a blocked address gets 429 before any token is looked up. 204 when the token worked, 404
 * (for an unknown, mistyped and revoked token alike) when not.
 */
final class ThrottledTokenPost {

    private ThrottledTokenPost() {
    }

    static ResponseEntity<?> answer(SignInThrottle throttle, HttpServletRequest request, BooleanSupplier tokenWorks) {
        String address = ClientAddress.of(request);
        Optional<Duration> blocked = throttle.blocked(address);
        if (blocked.isPresent()) {
            return TooManyAttempts.response(blocked.get(), request);
        }
        if (tokenWorks.getAsBoolean()) {
            return ResponseEntity.noContent().build();
        }
        throttle.failed(address);
        return ResponseEntity.notFound().build();
    }
}
