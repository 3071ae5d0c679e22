package org.haven.survey.access;

import org.junit.jupiter.api.Test;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ResearcherUsersTest {

    private static final PasswordEncoder ENCODER = PasswordEncoderFactories.createDelegatingPasswordEncoder();
    private static final String HASH = "{bcrypt}$2a$04$abcdefghijklmnopqrstuu5s2v8.ZoN3rHTT0dPbSxIhRiVCw4sa";

    @Test
    void an_account_without_roles_is_a_researcher() {
        UserDetails user = single(new ResearcherAccounts.Account("dr.morgan", HASH, null));

        assertThat(authorities(user)).containsExactly("ROLE_RESEARCHER");
        assertThat(user.getPassword()).isEqualTo(HASH);
    }

    @Test
    void an_empty_role_list_also_means_researcher() {
        assertThat(authorities(single(new ResearcherAccounts.Account("dr.morgan", HASH, List.of()))))
                .containsExactly("ROLE_RESEARCHER");
    }

    @Test
    void an_admin_account_gets_exactly_the_configured_roles() {
        UserDetails user = single(new ResearcherAccounts.Account("dpo", HASH, List.of(ResearcherRole.ADMIN)));

        assertThat(authorities(user)).containsExactly("ROLE_ADMIN");
    }

    @Test
    void refuses_a_plain_text_password() {
        var accounts = new ResearcherAccounts(List.of(new ResearcherAccounts.Account("dr.morgan", "secret", null)));

        assertThatThrownBy(() -> ResearcherUsers.from(accounts, ENCODER))
                .hasMessageContaining("'dr.morgan' must be an encoded hash");
    }

    @Test
    void refuses_an_account_without_a_name() {
        var accounts = new ResearcherAccounts(List.of(new ResearcherAccounts.Account(" ", HASH, null)));

        assertThatThrownBy(() -> ResearcherUsers.from(accounts, ENCODER)).hasMessageContaining("has no name");
    }

    @Test
    void without_configured_accounts_the_one_generated_account_may_do_everything() {
        List<UserDetails> users = ResearcherUsers.from(new ResearcherAccounts(null), ENCODER);

        assertThat(users).singleElement().satisfies(user -> {
            assertThat(user.getUsername()).isEqualTo("researcher");
            assertThat(authorities(user)).containsExactlyInAnyOrder("ROLE_RESEARCHER", "ROLE_ADMIN");
            assertThat(user.getPassword()).startsWith("{bcrypt}");
        });
    }

    private static UserDetails single(ResearcherAccounts.Account account) {
        List<UserDetails> users = ResearcherUsers.from(new ResearcherAccounts(List.of(account)), ENCODER);
        assertThat(users).hasSize(1);
        return users.get(0);
    }

    private static List<String> authorities(UserDetails user) {
        return user.getAuthorities().stream().map(GrantedAuthority::getAuthority).toList();
    }
}
