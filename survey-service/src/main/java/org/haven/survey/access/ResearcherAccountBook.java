package org.haven.survey.access;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Every researcher account, wherever it is kept: the configuration's (read once at start-up, the bootstrap
 * account included) first, then the stored ones, read afresh on every question so that disabling an account or
 * resetting its password takes effect with the very next request.
 */
@Component
@ConditionalOnWebApplication
public class ResearcherAccountBook {

    private final List<UserDetails> configuredUsers;
    private final Function<String, Optional<UserDetails>> configured;
    private final StoredAccounts stored;
    private final PasswordEncoder encoder;
    private final String unknownNameHash;

    public ResearcherAccountBook(ResearcherAccounts accounts, StoredAccounts stored, PasswordEncoder encoder) {
        this.configuredUsers = ResearcherUsers.from(accounts, encoder);
        this.configured = ResearcherPasswords.inMemory(configuredUsers);
        this.stored = stored;
        this.encoder = encoder;
        this.unknownNameHash = UnknownNameHash.like(configuredUsers);
    }

    /** The account, if it may act now: configured, or stored and not disabled. */
    public Optional<ActiveAccount> active(String name) {
        if (name == null || name.isEmpty()) {
            return Optional.empty();
        }
        Optional<UserDetails> fromConfiguration = configured.apply(name);
        if (fromConfiguration.isPresent()) {
            UserDetails user = fromConfiguration.get();
            return Optional.of(new ActiveAccount(user.getUsername(), roles(user), false, true));
        }
        return stored.find(name).filter(account -> !account.disabled())
                .map(account -> new ActiveAccount(account.name(), account.roles(), account.mustChangePassword(), false));
    }

    /** The configuration's accounts, for the console's list (they cannot be changed there). */
    public List<ActiveAccount> configuredAccounts() {
        return configuredUsers.stream()
                .map(user -> new ActiveAccount(user.getUsername(), roles(user), false, true)).toList();
    }

    /**
     * The password check of the API ({@code passwordChangeDue} false: an account that must still change its first
     * password is refused) or of the console sign-in (true: it may sign in, and the console sends it to the
     * change of password first).
     */
    ResearcherPasswords passwords(boolean passwordChangeDue) {
        ResearcherPasswords passwords = new ResearcherPasswords(this::userDetails, encoder, unknownNameHash);
        if (passwordChangeDue) {
            passwords.setPostAuthenticationChecks(user -> { });
        }
        return passwords;
    }

    /** A new password's hash, as costly to check as the configured accounts' (see {@link UnknownNameHash}). */
    String hash(String password) {
        return UnknownNameHash.hashLike(unknownNameHash, password);
    }

    boolean matches(String password, String hash) {
        return encoder.matches(password, hash);
    }

    private Optional<UserDetails> userDetails(String name) {
        Optional<UserDetails> fromConfiguration = configured.apply(name);
        if (fromConfiguration.isPresent()) {
            return fromConfiguration;
        }
        // A disabled account answers like an unknown name: whoever tries it learns nothing about it.
        return stored.find(name).filter(account -> !account.disabled())
                .map(account -> User.withUsername(account.name()).password(account.passwordHash())
                        .authorities(account.roles().stream().map(ResearcherRole::authority).toArray(String[]::new))
                        .credentialsExpired(account.mustChangePassword())
                        .build());
    }

    private static List<ResearcherRole> roles(UserDetails user) {
        return user.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .flatMap(authority -> Arrays.stream(ResearcherRole.values())
                        .filter(role -> role.authority().equals(authority)))
                .toList();
    }
}
