package org.haven.survey.access;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PersonalLinkTest {

    @Test
    void builds_every_link_from_the_public_url_with_the_token_in_the_fragment() {
        PersonalLink links = new PersonalLink("https://study.example.org/haven/");

        assertThat(links.forToken("abc")).isEqualTo("https://study.example.org/haven/p#abc");
        assertThat(links.stopEmails("abc")).isEqualTo("https://study.example.org/haven/p/stop#abc");
        assertThat(links.publicUrl()).contains("https://study.example.org/haven");
    }

    @Test
    void without_a_public_url_and_outside_a_request_there_is_no_address_to_take() {
        PersonalLink links = new PersonalLink("");

        assertThat(links.publicUrl()).isEmpty();
        assertThatThrownBy(() -> links.forToken("abc")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("haven.public-url");
    }

    @Test
    void refuses_a_public_url_that_cannot_be_the_base_of_a_link() {
        for (String bad : new String[] {"study.example.org", "ftp://study.example.org", "https://",
                "https://study.example.org/?a=b", "https://study.example.org/#x", "https://u@study.example.org"}) {
            assertThatThrownBy(() -> new PersonalLink(bad)).as(bad).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("haven.public-url");
        }
    }
}
