package org.haven.survey.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.haven.events.participant.QuestionnaireSubmitted;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sixteen requests for one participant and wave released at the same instant: eight copies of one submission
 * (a client retrying) and eight different ones (other devices, other answers). Exactly one event is stored;
 * every other request gets the stored submission's original result or 409, never a second event.
 */
class ConcurrentSubmissionIT extends ServiceTestSupport {

    private static final int ROUNDS = 5;
    private static final int COPIES = 8;
    private static final ObjectMapper JSON = new ObjectMapper();

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.register(registry);
        researcherAccount(registry);
    }

    private record Sent(String submissionId, int answer, ApiClient.Response response) {
    }

    @Test
    void same_and_conflicting_submissions_at_once_store_exactly_one_event() throws Exception {
        String studyId = createStudy(false, "[{\"type\":\"always\"}]");
        ExecutorService pool = Executors.newFixedThreadPool(2 * COPIES);
        try {
            for (int round = 0; round < ROUNDS; round++) {
                race(studyId, pool, round);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private void race(String studyId, ExecutorService pool, int round) throws Exception {
        Enrolled participant = enroll(studyId);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Sent>> futures = new ArrayList<>();
        for (int i = 0; i < 2 * COPIES; i++) {
            // requests 0..7: the same submission; 8..15: each its own id and answer
            String submissionId = i < COPIES ? "same-" + round : "other-" + round + "-" + i;
            int answer = i < COPIES ? 4 : 1 + (i % 7);
            futures.add(pool.submit(() -> {
                start.await();
                return new Sent(submissionId, answer, api.postJson("/api/participant/submissions",
                        ApiClient.bearer(participant.token()), "{\"submissionId\":\"" + submissionId
                                + "\",\"wave\":1,\"answers\":{\"respect_1\":" + answer + "}}"));
            }));
        }
        start.countDown();
        List<Sent> sent = new ArrayList<>();
        for (Future<Sent> future : futures) {
            sent.add(future.get(60, TimeUnit.SECONDS));
        }

        List<StoredEvent> submissions = storedEvents(participant.participantId()).stream()
                .filter(e -> e.payloadType().equals(QuestionnaireSubmitted.class.getName())).toList();
        assertThat(submissions).as("round %d: events stored", round).hasSize(1);
        JsonNode stored = JSON.readTree(submissions.get(0).payload());
        String winner = stored.get("submissionId").asText();

        List<Sent> created = sent.stream().filter(s -> s.response().status() == 201).toList();
        assertThat(created).as("round %d: answers 201", round).hasSize(1);
        assertThat(created.get(0).submissionId()).isEqualTo(winner);
        assertThat(stored.get("answers")).isEqualTo(JSON.valueToTree(Map.of("respect_1", created.get(0).answer())));
        for (Sent s : sent) {
            int status = s.response().status();
            assertThat(status).as("round %d, %s: %s", round, s.submissionId(), s.response().body())
                    .isIn(200, 201, 409);
            if (status == 200) {
                assertThat(s.submissionId()).as("only a copy of the stored submission gets its result").isEqualTo(winner);
                assertThat(s.response().json().get("submissionId").asText()).isEqualTo(winner);
                assertThat(s.response().json().get("newlyStored").asBoolean()).isFalse();
            }
            if (status == 409) {
                assertThat(s.response().contentType()).startsWith("application/problem+json");
            }
        }
    }
}
