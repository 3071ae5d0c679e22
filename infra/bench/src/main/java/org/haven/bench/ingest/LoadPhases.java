package org.haven.bench.ingest;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * The two ways of offering load. Closed loop (saturation): N workers, each sends its next submission when the
 * previous one was answered. Open loop (fixed rate): submission i is due at start + i/rate whatever happened
 * before, and its latencies are measured from that due time, so a stalled service cannot hide its queue
 * (no coordinated omission).
 */
public final class LoadPhases {

    private final Submitter submitter;
    private final TopicArrivals arrivals;

    public LoadPhases(Submitter submitter, TopicArrivals arrivals) {
        this.submitter = submitter;
        this.arrivals = arrivals;
    }

    /** @return submissions answered OK during the whole phase */
    public long closedLoop(ParticipantPool pool, PhaseTracker tracker, int workers, double warmupSeconds,
                           double holdSeconds) throws InterruptedException {
        long start = System.nanoTime();
        long windowStart = start + (long) (warmupSeconds * 1e9);
        long end = windowStart + (long) (holdSeconds * 1e9);
        tracker.openWindow(windowStart);
        tracker.closeWindow(end);
        AtomicLong ok = new AtomicLong();
        List<Thread> threads = new ArrayList<>();
        for (int w = 0; w < workers; w++) {
            Thread thread = new Thread(() -> {
                while (System.nanoTime() < end) {
                    ParticipantPool.Slot slot = pool.take();
                    if (slot == null) {
                        tracker.failed(new IllegalStateException("participant pool exhausted"));
                        return;
                    }
                    String id = submitter.submissionId(slot);
                    HttpRequest request = submitter.request(slot, id);
                    long due = System.nanoTime();
                    tracker.due(due);
                    arrivals.expect(id, new TopicArrivals.Sent(due, tracker));
                    try {
                        HttpResponse<String> response = submitter.send(request);
                        tracker.answered(due, System.nanoTime(), response.statusCode(), response.body());
                        if (response.statusCode() == 201) {
                            ok.incrementAndGet();
                        }
                    } catch (InterruptedException e) {
                        return;
                    } catch (Exception e) {
                        tracker.failed(e);
                    }
                }
            }, "closed-loop-" + w);
            thread.start();
            threads.add(thread);
        }
        for (Thread thread : threads) {
            thread.join();
        }
        return ok.get();
    }

    /** @return the number of submissions that were due (all sent, asynchronously) */
    public long openLoop(ParticipantPool pool, PhaseTracker tracker, double rate, double warmupSeconds,
                         double holdSeconds) {
        long start = System.nanoTime() + 10_000_000L;
        long windowStart = start + (long) (warmupSeconds * 1e9);
        long end = windowStart + (long) (holdSeconds * 1e9);
        tracker.openWindow(windowStart);
        tracker.closeWindow(end);
        double period = 1e9 / rate;
        long i = 0;
        while (true) {
            long due = start + (long) (i * period);
            if (due >= end) {
                return i;
            }
            ParticipantPool.Slot slot = pool.take();
            if (slot == null) {
                tracker.failed(new IllegalStateException("participant pool exhausted"));
                return i;
            }
            String id = submitter.submissionId(slot);
            HttpRequest request = submitter.request(slot, id);
            long wait;
            while ((wait = due - System.nanoTime()) > 0) {
                LockSupport.parkNanos(wait);
            }
            tracker.due(due);
            arrivals.expect(id, new TopicArrivals.Sent(due, tracker));
            submitter.sendAsync(request).whenComplete((response, error) -> {
                if (error != null) {
                    tracker.failed(error);
                } else {
                    tracker.answered(due, System.nanoTime(), response.statusCode(), response.body());
                }
            });
            i++;
        }
    }
}
