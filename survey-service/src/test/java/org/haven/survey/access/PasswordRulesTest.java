package org.haven.survey.access;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordRulesTest {

    @Test
    void a_password_needs_twelve_characters_and_at_most_what_bcrypt_reads() {
        assertThat(PasswordRules.problem("")).contains("enter a password");
        assertThat(PasswordRules.problem("eleven char")).contains("use at least 12 characters");
        assertThat(PasswordRules.problem("twelve chars")).isEmpty();
        assertThat(PasswordRules.problem("x".repeat(72))).isEmpty();
        // 37 two-byte letters: 37 characters but 74 bytes, of which bcrypt would silently drop two
        assertThat(PasswordRules.problem("ä".repeat(37))).hasValueSatisfying(problem -> assertThat(problem).contains("72 bytes"));
    }

    @Test
    void generated_passwords_pass_the_rules_and_differ() {
        String one = PasswordRules.generate();
        assertThat(one).hasSize(24);
        assertThat(PasswordRules.problem(one)).isEmpty();
        assertThat(PasswordRules.generate()).isNotEqualTo(one);
    }

    @Test
    void names_are_letters_digits_and_a_few_signs() {
        assertThat(ResearcherNames.problem("dr.morgan")).isEmpty();
        assertThat(ResearcherNames.problem("lee@lab-2")).isEmpty();
        assertThat(ResearcherNames.problem("x")).isPresent();
        assertThat(ResearcherNames.problem(".hidden")).isPresent();
        assertThat(ResearcherNames.problem("with space")).isPresent();
        assertThat(ResearcherNames.problem("a".repeat(65))).isPresent();
        assertThat(ResearcherNames.problem(" ")).contains("enter a name");
    }
}
