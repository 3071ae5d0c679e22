package org.haven.survey.web;

import org.haven.events.Actor;
import org.springframework.security.core.Authentication;

/** The researcher behind a request, as recorded in the events they cause. */
public final class Researchers {

    private Researchers() {
    }

    public static Actor actor(Authentication authentication) {
        return Actor.researcher(authentication.getName());
    }
}
