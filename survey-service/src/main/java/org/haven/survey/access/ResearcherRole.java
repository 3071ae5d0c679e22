package org.haven.survey.access;

import org.springframework.security.authorization.AuthorityAuthorizationManager;
import org.springframework.security.core.Authentication;

/**
 * What a researcher account may do. RESEARCHER: create studies and work in the studies they own or
 * collaborate on. ADMIN (the data protection officer): every study, and erasure.
 */
public enum ResearcherRole {
    RESEARCHER,
    ADMIN;

    /** The Spring Security authority of the role. */
    public String authority() {
        return "ROLE_" + name();
    }

    /** Whether the caller has this role, decided by Spring Security's own role check. */
    public boolean heldBy(Authentication caller) {
        return AuthorityAuthorizationManager.<Void>hasRole(name()).authorize(() -> caller, null).isGranted();
    }
}
