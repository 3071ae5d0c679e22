package org.haven.survey.contact;

import org.haven.survey.importing.ImportRefKey;
import org.haven.survey.problem.ConflictException;
import org.junit.jupiter.api.Test;

import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class KeyedContactAddressesTest {

    private static final ImportRefKey KEY = ImportRefKey.decode(Base64.getEncoder().encodeToString(new byte[32]), "test");

    private final ContactTables tables = new ContactTables();
    private final KeyedContactAddresses addresses = new KeyedContactAddresses(tables.jdbc, KEY);

    @Test
    void refuses_an_address_an_active_participant_of_the_study_has_whatever_its_letter_case() {
        tables.study("s", null, null);
        tables.participant("ana", "s", null, null, "ACTIVE");
        addresses.claim("s", "ana", "ana@example.org");

        assertThatThrownBy(() -> addresses.claim("s", "other", " Ana@Example.ORG "))
                .isInstanceOf(ConflictException.class)
                .hasMessage(KeyedContactAddresses.TAKEN);
    }

    @Test
    void lets_another_study_and_the_successor_of_a_withdrawn_participant_use_it() {
        tables.study("s", null, null);
        tables.study("t", null, null);
        tables.participant("ana", "s", null, null, "WITHDRAWN");
        addresses.claim("s", "ana", "ana@example.org");

        addresses.claim("t", "ana-in-t", "ana@example.org");
        addresses.claim("s", "ana-again", "ana@example.org");

        assertThat(tables.jdbc.queryForList("SELECT participant_id FROM contact_address WHERE study_id = 's'",
                String.class)).containsExactly("ana-again");
    }

    @Test
    void keeps_only_a_keyed_hash_and_only_the_latest_address_of_a_participant() {
        tables.study("s", null, null);
        tables.participant("ana", "s", null, null, "ACTIVE");
        addresses.claim("s", "ana", "ana@example.org");
        addresses.claim("s", "ana", "ana.new@example.org");

        var rows = tables.jdbc.queryForList("SELECT address_hash FROM contact_address", String.class);
        assertThat(rows).containsExactly(KEY.addressHash("s", "ana.new@example.org"));
        assertThat(rows.get(0)).doesNotContain("ana").hasSize(64);
        addresses.claim("s", "ben", "ana@example.org");
    }

    @Test
    void forgets_an_erased_participant() {
        tables.study("s", null, null);
        addresses.claim("s", "ana", "ana@example.org");

        addresses.forget("ana");

        assertThat(tables.jdbc.queryForObject("SELECT COUNT(*) FROM contact_address", Integer.class)).isZero();
    }
}
