package org.haven.survey.access;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.util.List;

/**
 * Researcher accounts from configuration: {@code haven.security.researchers[i].name} and
 * {@code .password} as an encoded hash, e.g. {@code {bcrypt}$2a$10$...}. Plain passwords are refused.
 */
@ConfigurationProperties("haven.security")
public record ResearcherAccounts(List<Account> researchers) {

    /** {@code roles}: RESEARCHER (default) and/or ADMIN. */
    public record Account(String name, String password, List<String> roles) {
        public Account {
            roles = roles == null || roles.isEmpty() ? List.of("RESEARCHER") : List.copyOf(roles);
        }
    }

    public ResearcherAccounts {
        researchers = researchers == null ? List.of() : List.copyOf(researchers);
    }
}
