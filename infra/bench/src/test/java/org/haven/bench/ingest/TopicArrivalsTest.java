package org.haven.bench.ingest;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class TopicArrivalsTest {

    @Test
    void finds_the_submission_id_after_nested_answers() {
        byte[] json = "{\"participantId\":\"p\",\"answers\":{\"a\":1,\"submissionId\":2},\"comment\":null,\"submissionId\":\"s-1\"}"
                .getBytes(StandardCharsets.UTF_8);
        assertThat(TopicArrivals.submissionId(json)).isEqualTo("s-1");
        assertThat(TopicArrivals.submissionId("[]".getBytes(StandardCharsets.UTF_8))).isNull();
    }

    @Test
    void sizes_a_participant_pool_for_a_rate_held_for_a_time() {
        assertThat(IngestBenchmark.participantsFor(1000, 65, 10)).isEqualTo(6_600);
    }
}
