package org.haven.survey.access;

import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.AbstractUserDetailsAuthenticationProvider;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

import java.util.List;

/**
 * Checks a researcher's name and password against the configured accounts. An unknown name has its password
 * compared with {@link UnknownNameHash}, as slow as a known name's, and gets the same answer as a wrong password.
 *
 * <p>Unlike Spring's DaoAuthenticationProvider it never re-hashes a configured hash weaker than bcrypt 10 in memory
 * after the first sign-in: every later request (the API is stateless) would then pay bcrypt 10 instead of the
 * configured cost, and infra/bench.sh measured 2 s per researcher request under load. The configured hash is the
 * operator's choice.
 */
final class ResearcherPasswords extends AbstractUserDetailsAuthenticationProvider {

    private final InMemoryUserDetailsManager users;
    private final PasswordEncoder encoder;
    private final String unknownNameHash;

    ResearcherPasswords(List<UserDetails> users, PasswordEncoder encoder) {
        this.users = new InMemoryUserDetailsManager(users);
        this.encoder = encoder;
        this.unknownNameHash = UnknownNameHash.like(users);
    }

    String unknownNameHash() {
        return unknownNameHash;
    }

    @Override
    protected UserDetails retrieveUser(String name, UsernamePasswordAuthenticationToken authentication) {
        try {
            // The manager hands out a copy: erasing the credentials of a signed-in user leaves the account intact.
            return users.loadUserByUsername(name);
        } catch (UsernameNotFoundException unknown) {
            encoder.matches(presented(authentication), unknownNameHash);
            throw unknown;
        }
    }

    @Override
    protected void additionalAuthenticationChecks(UserDetails user,
                                                  UsernamePasswordAuthenticationToken authentication) {
        if (!encoder.matches(presented(authentication), user.getPassword())) {
            throw new BadCredentialsException(messages.getMessage(
                    "AbstractUserDetailsAuthenticationProvider.badCredentials", "Bad credentials"));
        }
    }

    private static String presented(UsernamePasswordAuthenticationToken authentication) {
        return authentication.getCredentials() == null ? "" : authentication.getCredentials().toString();
    }
}
