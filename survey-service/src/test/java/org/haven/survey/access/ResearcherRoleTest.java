package org.haven.survey.access;

import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.TestingAuthenticationToken;

import static org.assertj.core.api.Assertions.assertThat;

class ResearcherRoleTest {

    @Test
    void an_account_holds_only_the_roles_it_was_given() {
        var admin = new TestingAuthenticationToken("dpo", "pw", ResearcherRole.ADMIN.authority());
        var researcher = new TestingAuthenticationToken("ana", "pw", ResearcherRole.RESEARCHER.authority());

        assertThat(ResearcherRole.ADMIN.heldBy(admin)).isTrue();
        assertThat(ResearcherRole.ADMIN.heldBy(researcher)).isFalse();
        assertThat(ResearcherRole.RESEARCHER.heldBy(researcher)).isTrue();
        assertThat(StudyAccess.isAdmin(admin)).isTrue();
        assertThat(StudyAccess.isAdmin(researcher)).isFalse();
    }

    @Test
    void a_participant_is_no_researcher() {
        var participant = new TestingAuthenticationToken("p-1", null, "ROLE_PARTICIPANT");
        assertThat(ResearcherRole.ADMIN.heldBy(participant)).isFalse();
        assertThat(ResearcherRole.RESEARCHER.heldBy(participant)).isFalse();
    }
}
