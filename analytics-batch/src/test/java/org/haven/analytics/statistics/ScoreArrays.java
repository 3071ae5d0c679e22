package org.haven.analytics.statistics;

import org.haven.analytics.scoring.ParticipantScores;

import java.util.SortedMap;

/** Fixtures written as maps (pid to wave to score), as the arrays scoring hands the statistics. */
final class ScoreArrays {

    private ScoreArrays() {
    }

    /** Participants in pid order, waves ascending; participants without a score left out, as scoring does. */
    static ParticipantScores of(SortedMap<String, SortedMap<Integer, Double>> byPid) {
        var present = byPid.entrySet().stream().filter(participant -> !participant.getValue().isEmpty()).toList();
        int size = present.stream().mapToInt(participant -> participant.getValue().size()).sum();
        String[] pids = new String[present.size()];
        int[] offsets = new int[present.size() + 1];
        int[] waves = new int[size];
        double[] scores = new double[size];
        int i = 0;
        for (int p = 0; p < present.size(); p++) {
            pids[p] = present.get(p).getKey();
            offsets[p] = i;
            for (var score : present.get(p).getValue().entrySet()) {
                waves[i] = score.getKey();
                scores[i] = score.getValue();
                i++;
            }
        }
        offsets[present.size()] = i;
        return new ParticipantScores(pids, offsets, waves, scores);
    }
}
