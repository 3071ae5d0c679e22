package org.haven.survey.access;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.util.List;

/**
 * Researcher accounts from configuration: {@code haven.security.researchers[i].name}, {@code .password} as an
 * encoded hash, e.g. {@code {bcrypt}$2a$10$...} (plain passwords are refused), and {@code .roles}
 * (default {@code [RESEARCHER]}).
 */
@ConfigurationProperties("haven.security")
public record ResearcherAccounts(List<Account> researchers) {

    public record Account(String name, String password, List<ResearcherRole> roles) {

        public Account {
            // An account without a role could not do anything; the least privilege that is useful is RESEARCHER.
            roles = roles == null || roles.isEmpty() ? List.of(ResearcherRole.RESEARCHER) : List.copyOf(roles);
        }
    }

    public ResearcherAccounts {
        researchers = researchers == null ? List.of() : List.copyOf(researchers);
    }
}
