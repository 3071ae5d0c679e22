package org.haven.survey.console;

import org.haven.survey.access.ActiveAccount;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** What every console page's frame needs: who is signed in (navigation, sign-out) and how times are written. */
@ControllerAdvice(basePackageClasses = ConsoleModel.class)
@ConditionalOnWebApplication
class ConsoleModel {

    /** Times in accounts and tokens are the service's own, written in UTC with the zone named. */
    static final class Times {
        private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
                .withZone(ZoneOffset.UTC);

        public String format(Instant instant) {
            return instant == null ? "" : FORMAT.format(instant);
        }
    }

    private static final Times TIMES = new Times();

    @ModelAttribute("me")
    ActiveAccount me() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof ActiveAccount account ? account : null;
    }

    @ModelAttribute("times")
    Times times() {
        return TIMES;
    }
}
