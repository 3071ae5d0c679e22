package org.haven.survey.contact;

import org.junit.jupiter.api.Test;

import java.time.ZoneId;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

class ContactDirectoryTest {

    private final ContactTables tables = new ContactTables();
    private final ContactDirectory directory = new ContactDirectory(tables.jdbc, tables.cipher);

    @Test
    void decrypts_the_address_and_gives_the_participants_own_zone_else_the_studys() {
        tables.study("s", "Europe/Berlin", null);
        tables.participant("own", "s", "ana@example.org", "America/Chicago", "ACTIVE");
        tables.participant("follows", "s", "ben@example.org", null, "ACTIVE");

        assertThat(directory.addressOf("own")).contains(
                new ContactAddress("own", "s", "ana@example.org", ZoneId.of("America/Chicago")));
        assertThat(directory.addressOf("follows")).contains(
                new ContactAddress("follows", "s", "ben@example.org", ZoneId.of("Europe/Berlin")));
    }

    @Test
    void a_study_without_a_zone_puts_its_participants_in_utc() {
        tables.study("s", null, null);
        tables.participant("p", "s", "ana@example.org", null, "ACTIVE");

        assertThat(directory.addressOf("p").orElseThrow().zone()).isEqualTo(ZoneId.of("UTC"));
    }

    @Test
    void nobody_without_an_address_unknown_or_erased_has_one() {
        tables.study("s", null, null);
        tables.participant("silent", "s", null, null, "ACTIVE");
        tables.participant("erased", "s", "eve@example.org", null, "ERASED");
        tables.keys.destroy("erased");

        assertThat(directory.addressOf("silent")).isEmpty();
        assertThat(directory.addressOf("erased")).isEmpty();
        assertThat(directory.addressOf("nobody")).isEmpty();
    }

    @Test
    void never_prints_the_address() {
        assertThat(new ContactAddress("p", "s", "ana@example.org", ZoneOffset.UTC).toString())
                .doesNotContain("ana");
    }
}
