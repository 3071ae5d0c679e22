package org.haven.survey.access;

import org.springframework.security.core.AuthenticatedPrincipal;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

import java.util.List;

/**
 * A researcher account that may act now (from the configuration, or stored and not disabled), as read afresh for
 * each console page and each API token request: a change to the account takes effect with the next request.
 */
public record ActiveAccount(String name, List<ResearcherRole> roles, boolean mustChangePassword, boolean configured)
        implements AuthenticatedPrincipal {

    public ActiveAccount {
        roles = List.copyOf(roles);
    }

    @Override
    public String getName() {
        return name;
    }

    public boolean admin() {
        return roles.contains(ResearcherRole.ADMIN);
    }

    public List<GrantedAuthority> authorities() {
        return roles.stream().<GrantedAuthority>map(role -> new SimpleGrantedAuthority(role.authority())).toList();
    }
}
