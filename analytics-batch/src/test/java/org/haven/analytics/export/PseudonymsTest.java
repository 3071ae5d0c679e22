package org.haven.analytics.export;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class PseudonymsTest {

    @Test
    void a_pid_is_the_first_16_hex_characters_of_the_hmac_sha256_of_the_participant_id() {
        // Expected values from Python: hmac.new(key, msg, hashlib.sha256).hexdigest()[:16]
        var pseudonyms = new Pseudonyms("a-study-export-key-2027".getBytes(StandardCharsets.UTF_8));

        assertThat(pseudonyms.of("b2c4e6f8-1a3b-4c5d-8e9f-0a1b2c3d4e5f")).isEqualTo("56afe2736267dba3");
    }

    @Test
    void key_and_participant_id_are_taken_as_utf8() {
        var pseudonyms = new Pseudonyms("clé-d’export-ünïcode".getBytes(StandardCharsets.UTF_8));

        assertThat(pseudonyms.of("participant-ü")).isEqualTo("b522d4fa3bb6ca14");
    }

    @Test
    void another_key_gives_unrelated_pids() {
        var one = new Pseudonyms("a-study-export-key-2027".getBytes(StandardCharsets.UTF_8));
        var other = new Pseudonyms("a-study-export-key-2028".getBytes(StandardCharsets.UTF_8));

        assertThat(one.of("p1")).isNotEqualTo(other.of("p1")).matches("[0-9a-f]{16}");
    }
}
