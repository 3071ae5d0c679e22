package org.haven.survey.access;

import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.AbstractUserDetailsAuthenticationProvider;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Checks a researcher's name and password against the accounts (configured, and stored ones through
 * {@link ResearcherAccountBook}). An unknown name (or a disabled account's) has its password
 * compared with {@link UnknownNameHash}, as slow as a known name's, and gets the same answer as a wrong password.
 *
 * <p>Unlike Spring's DaoAuthenticationProvider it never re-hashes a configured hash weaker than bcrypt 10 in memory
 * after the first sign-in: every later request (the API is stateless) would then pay bcrypt 10 instead of the
 * configured cost, and infra/bench.sh measured 2 s per researcher request under load. The configured hash is the
 * operator's choice.
 */
final class ResearcherPasswords extends AbstractUserDetailsAuthenticationProvider {

    private final Function<String, Optional<UserDetails>> users;
    private final PasswordEncoder encoder;
    private final String unknownNameHash;

    ResearcherPasswords(List<UserDetails> users, PasswordEncoder encoder) {
        this(inMemory(users), encoder, UnknownNameHash.like(users));
    }

    /** {@code users} finds an account that may sign in; the manager it reads must hand out copies. */
    ResearcherPasswords(Function<String, Optional<UserDetails>> users, PasswordEncoder encoder, String unknownNameHash) {
        this.users = users;
        this.encoder = encoder;
        this.unknownNameHash = unknownNameHash;
    }

    static Function<String, Optional<UserDetails>> inMemory(List<UserDetails> users) {
        InMemoryUserDetailsManager manager = new InMemoryUserDetailsManager(users);
        return name -> manager.userExists(name) ? Optional.of(manager.loadUserByUsername(name)) : Optional.empty();
    }

    String unknownNameHash() {
        return unknownNameHash;
    }

    @Override
    protected UserDetails retrieveUser(String name, UsernamePasswordAuthenticationToken authentication) {
        // The manager hands out a copy: erasing the credentials of a signed-in user leaves the account intact.
        Optional<UserDetails> user = users.apply(name);
        if (user.isEmpty()) {
            encoder.matches(presented(authentication), unknownNameHash);
            throw new UsernameNotFoundException("no such account");
        }
        return user.get();
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
