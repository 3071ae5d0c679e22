package org.haven.analytics.scoring;

import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * One subscale's or composite's present scores, participant by participant in pid order, each participant's
 * waves ascending: participant p's scores are {@code waves[i], scores[i]} for i from {@code offsets[p]} to
 * {@code offsets[p + 1]}. Participants without a score are absent. Three arrays instead of a sorted map per
 * participant: 12 bytes a score instead of ~70, and the statistics walk them in the same order.
 */
public record ParticipantScores(String[] pids, int[] offsets, int[] waves, double[] scores) {

    public int participants() {
        return pids.length;
    }

    public int from(int participant) {
        return offsets[participant];
    }

    public int to(int participant) {
        return offsets[participant + 1];
    }

    /** All scores of all participants. */
    public int size() {
        return scores.length;
    }

    /** pid (sorted) to wave (ascending) to score, as maps: for callers that want them, not for the statistics. */
    public SortedMap<String, SortedMap<Integer, Double>> asMaps() {
        SortedMap<String, SortedMap<Integer, Double>> byPid = new TreeMap<>();
        for (int p = 0; p < participants(); p++) {
            SortedMap<Integer, Double> byWave = new TreeMap<>();
            for (int i = from(p); i < to(p); i++) {
                byWave.put(waves[i], scores[i]);
            }
            byPid.put(pids[p], Collections.unmodifiableSortedMap(byWave));
        }
        return Collections.unmodifiableSortedMap(byPid);
    }
}
