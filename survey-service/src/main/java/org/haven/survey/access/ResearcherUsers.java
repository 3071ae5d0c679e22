package org.haven.survey.access;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;

/** Turns the configured researcher accounts into Spring Security users with their roles. */
final class ResearcherUsers {

    private static final Logger log = LoggerFactory.getLogger(ResearcherUsers.class);
    static final String BOOTSTRAP_ACCOUNT = "researcher";

    private ResearcherUsers() {
    }

    static List<UserDetails> from(ResearcherAccounts accounts, PasswordEncoder encoder) {
        List<UserDetails> users = accounts.researchers().stream()
                .map(account -> user(account.name(), requireHash(account), account.roles()))
                .toList();
        if (!users.isEmpty()) {
            return users;
        }
        String password = randomPassword();
        // The only account of a fresh installation must be able to do everything, erasure included;
        // a real deployment configures its accounts and roles instead.
        log.warn("No researcher account is configured (haven.security.researchers): created '{}' (RESEARCHER, "
                + "ADMIN) with the one-time password {}", BOOTSTRAP_ACCOUNT, password);
        return List.of(user(BOOTSTRAP_ACCOUNT, encoder.encode(password),
                List.of(ResearcherRole.RESEARCHER, ResearcherRole.ADMIN)));
    }

    private static UserDetails user(String name, String passwordHash, List<ResearcherRole> roles) {
        return User.withUsername(name).password(passwordHash)
                .authorities(roles.stream().map(ResearcherRole::authority).toArray(String[]::new))
                .build();
    }

    private static String requireHash(ResearcherAccounts.Account account) {
        if (account.name() == null || account.name().isBlank()) {
            throw new IllegalStateException("haven.security.researchers: an account has no name");
        }
        if (account.password() == null || !account.password().startsWith("{")) {
            throw new IllegalStateException("haven.security.researchers: the password of '" + account.name()
                    + "' must be an encoded hash such as {bcrypt}$2a$10$..., never plain text");
        }
        return account.password();
    }

    private static String randomPassword() {
        byte[] bytes = new byte[18];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
