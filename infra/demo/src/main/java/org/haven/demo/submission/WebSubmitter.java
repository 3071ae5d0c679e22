package org.haven.demo.submission;

import org.haven.demo.api.HavenClient;
import org.haven.demo.cohort.SyntheticParticipant;
import org.haven.demo.cohort.WaveAnswers;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Enrolls the web participants and submits their waves through the participant API, each with the token
 * their enrollment returned. A few threads: the service handles requests concurrently, and one participant's
 * waves stay in order on one thread, as a person answers them.
 */
public final class WebSubmitter {

    private final HavenClient client;
    private final String studyId;
    private final int threads;
    private final PrintStream out;

    public WebSubmitter(HavenClient client, String studyId, int threads, PrintStream out) {
        this.client = client;
        this.studyId = studyId;
        this.threads = threads;
        this.out = out;
    }

    /** @return the number of submissions stored */
    public int submitAll(List<SyntheticParticipant> participants) throws InterruptedException {
        AtomicInteger done = new AtomicInteger();
        AtomicInteger submissions = new AtomicInteger();
        int step = Math.max(1, participants.size() / 10);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (SyntheticParticipant participant : participants) {
                futures.add(pool.submit(() -> {
                    submissions.addAndGet(submit(participant));
                    int finished = done.incrementAndGet();
                    if (finished % step == 0 || finished == participants.size()) {
                        out.printf("  web: %d/%d participants, %d submissions%n", finished, participants.size(),
                                submissions.get());
                    }
                }));
            }
            for (Future<?> future : futures) {
                future.get();
            }
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
        return submissions.get();
    }

    private int submit(SyntheticParticipant participant) {
        HavenClient.Enrolled enrolled = client.enroll(studyId);
        for (WaveAnswers wave : participant.waves()) {
            // Stable per participant and wave: a retry of a lost answer is then recognised, not a conflict.
            String submissionId = participant.ref() + "-w" + wave.wave();
            client.submit(enrolled.token(), submissionId, wave.wave(), wave.answers());
        }
        return participant.waves().size();
    }
}
