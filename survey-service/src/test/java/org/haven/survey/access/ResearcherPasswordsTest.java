package org.haven.survey.access;

import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder.BCryptVersion;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.crypto.password.Pbkdf2PasswordEncoder;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

/** No timing is measured here: what decides it is the hash, and its cost, that an unknown name is checked against. */
class ResearcherPasswordsTest {

    private static final String PASSWORD = "correct horse battery staple";
    private static final String COST_4 = bcrypt(BCryptVersion.$2A, 4);
    private static final String COST_5 = bcrypt(BCryptVersion.$2A, 5);

    private final RecordingEncoder encoder = new RecordingEncoder();

    @Test
    void an_unknown_name_is_checked_against_a_hash_of_the_accounts_cost_not_the_encoders_default() {
        // Most accounts at cost 5; the encoder's default, and with it Spring's own stand-in, is 10.
        var passwords = new ResearcherPasswords(users(COST_5, COST_5, COST_4), encoder);

        assertThatThrownBy(() -> passwords.authenticate(attempt("nobody", PASSWORD)))
                .isInstanceOf(BadCredentialsException.class);

        assertThat(encoder.checkedHashes).containsExactly(passwords.unknownNameHash());
        assertThat(passwords.unknownNameHash()).startsWith("{bcrypt}$2a$05$").isNotIn(COST_5, COST_4);
    }

    @Test
    void with_one_account_the_stand_in_has_its_version_and_cost() {
        var passwords = new ResearcherPasswords(users(bcrypt(BCryptVersion.$2B, 6)), encoder);

        assertThat(passwords.unknownNameHash()).startsWith("{bcrypt}$2b$06$");
    }

    @Test
    void for_another_algorithm_an_accounts_own_hash_stands_in() {
        String pbkdf2 = "{pbkdf2@SpringSecurity_v5_8}"
                + Pbkdf2PasswordEncoder.defaultsForSpringSecurity_v5_8().encode(PASSWORD);
        var passwords = new ResearcherPasswords(users(pbkdf2, pbkdf2, COST_4), encoder);

        assertThatThrownBy(() -> passwords.authenticate(attempt("nobody", PASSWORD)))
                .as("the comparison's outcome is thrown away").isInstanceOf(BadCredentialsException.class);
        assertThat(encoder.checkedHashes).containsExactly(pbkdf2);
    }

    @Test
    void a_wrong_password_and_an_unknown_name_get_the_same_answer_and_the_right_one_signs_in() {
        var passwords = new ResearcherPasswords(users(COST_4), encoder);

        Throwable wrongPassword = catchThrowable(() -> passwords.authenticate(attempt("account-0", "wrong")));
        Throwable unknownName = catchThrowable(() -> passwords.authenticate(attempt("nobody", "wrong")));
        Authentication signedIn = passwords.authenticate(attempt("account-0", PASSWORD));

        assertThat(wrongPassword).isInstanceOf(BadCredentialsException.class);
        assertThat(unknownName).isInstanceOf(BadCredentialsException.class).hasMessage(wrongPassword.getMessage());
        assertThat(signedIn.isAuthenticated()).isTrue();
        assertThat(signedIn.getName()).isEqualTo("account-0");
    }

    private static String bcrypt(BCryptVersion version, int cost) {
        return "{bcrypt}" + new BCryptPasswordEncoder(version, cost).encode(PASSWORD);
    }

    private static List<UserDetails> users(String... hashes) {
        List<ResearcherAccounts.Account> accounts = new ArrayList<>();
        for (int i = 0; i < hashes.length; i++) {
            accounts.add(new ResearcherAccounts.Account("account-" + i, hashes[i], null));
        }
        return ResearcherUsers.from(new ResearcherAccounts(accounts),
                PasswordEncoderFactories.createDelegatingPasswordEncoder());
    }

    private static UsernamePasswordAuthenticationToken attempt(String name, String password) {
        return UsernamePasswordAuthenticationToken.unauthenticated(name, password);
    }

    /** The application's encoder, remembering which hashes it compared a password with. */
    private static final class RecordingEncoder implements PasswordEncoder {

        private final PasswordEncoder delegate = PasswordEncoderFactories.createDelegatingPasswordEncoder();
        private final List<String> checkedHashes = new ArrayList<>();

        @Override
        public String encode(CharSequence raw) {
            return delegate.encode(raw);
        }

        @Override
        public boolean matches(CharSequence raw, String encoded) {
            checkedHashes.add(encoded);
            return delegate.matches(raw, encoded);
        }
    }
}
