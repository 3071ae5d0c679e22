package org.haven.analytics.statistics;

import org.haven.analytics.scoring.ParticipantScores;
import org.haven.analytics.scoring.ScoredStudy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

/** The scores of one subscale or composite across participants (sorted by pid) and the study's waves. */
public final class ScoreSeries {

    private final ScoredStudy study;
    private final String id;
    private ParticipantScores participants;
    private double[][] byWave;

    public ScoreSeries(ScoredStudy study, String id) {
        this.study = study;
        this.id = id;
    }

    public String id() {
        return id;
    }

    public boolean isSubscale() {
        return study.isSubscale(id);
    }

    /** The study's waves ("the waves" of docs/methods.md), ascending; the same for every subscale. */
    public List<Integer> waves() {
        return study.waves();
    }

    /** The lowest wave, or null when the study has no responses. */
    public Integer first() {
        return waves().isEmpty() ? null : waves().get(0);
    }

    /** The highest wave, or null when the study has no responses. */
    public Integer last() {
        return waves().isEmpty() ? null : waves().get(waves().size() - 1);
    }

    /**
     * pid (sorted) to wave (ascending) to score; participants without any score are absent. Built as maps on
     * every call, for readers who want them; the figures walk {@link #participants()}.
     */
    public SortedMap<String, SortedMap<Integer, Double>> byParticipant() {
        return participants().asMaps();
    }

    /** The same scores as arrays, built once per series: what the figures walk. */
    public ParticipantScores participants() {
        if (participants == null) {
            participants = study.participantScores(id);
        }
        return participants;
    }

    /**
     * The scores as [wave index][participant in pid order], NaN where missing (a score is a mean of item values,
     * never NaN): built once per series, so the figures' many passes over waves are array scans, not map lookups.
     */
    private double[][] byWave() {
        if (byWave == null) {
            List<Integer> waves = waves();
            Map<Integer, Integer> column = new HashMap<>();
            waves.forEach(wave -> column.put(wave, column.size()));
            ParticipantScores scores = participants();
            byWave = new double[waves.size()][scores.participants()];
            for (double[] atWave : byWave) {
                Arrays.fill(atWave, Double.NaN);
            }
            for (int participant = 0; participant < scores.participants(); participant++) {
                for (int i = scores.from(participant); i < scores.to(participant); i++) {
                    byWave[column.get(scores.waves()[i])][participant] = scores.scores()[i];
                }
            }
        }
        return byWave;
    }

    /** The scores present at a wave, in pid order. */
    public double[] scoresAt(int wave) {
        int column = waves().indexOf(wave);
        if (column < 0) {
            return new double[0];
        }
        return Arrays.stream(byWave()[column]).filter(score -> !Double.isNaN(score)).toArray();
    }

    /** Participants scored at every one of the given waves, as rows of those scores in pid order. */
    public double[][] completeCases(List<Integer> waves) {
        int[] columns = waves.stream().mapToInt(wave -> waves().indexOf(wave)).toArray();
        if (Arrays.stream(columns).anyMatch(column -> column < 0)) {
            return new double[0][];
        }
        double[][] scores = byWave();
        List<double[]> rows = new ArrayList<>();
        for (int participant = 0; participant < participants().participants(); participant++) {
            double[] row = new double[columns.length];
            boolean complete = true;
            for (int i = 0; i < columns.length && complete; i++) {
                row[i] = scores[columns[i]][participant];
                complete = !Double.isNaN(row[i]);
            }
            if (complete) {
                rows.add(row);
            }
        }
        return rows.toArray(double[][]::new);
    }

    /** last - first for every participant scored at both, in pid order (empty when the study has no waves). */
    public double[] pairedDifferences() {
        if (waves().isEmpty()) {
            return new double[0];
        }
        double[] first = byWave()[0];
        double[] last = byWave()[waves().size() - 1];
        double[] differences = new double[first.length];
        int n = 0;
        for (int participant = 0; participant < first.length; participant++) {
            if (!Double.isNaN(first[participant]) && !Double.isNaN(last[participant])) {
                differences[n++] = last[participant] - first[participant];
            }
        }
        return Arrays.copyOf(differences, n);
    }

    public ScoredStudy study() {
        return study;
    }
}
