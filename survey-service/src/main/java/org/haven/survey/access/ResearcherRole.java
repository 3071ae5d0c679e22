package org.haven.survey.access;

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
}
