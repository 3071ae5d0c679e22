package org.haven.analytics.statistics;

import org.haven.analytics.scoring.ScoredStudy;

import java.util.List;
import java.util.SortedMap;

/** The scores of one subscale or composite across participants (sorted by pid) and the study's waves. */
public final class ScoreSeries {

    private final ScoredStudy study;
    private final String id;
    private SortedMap<String, SortedMap<Integer, Double>> byParticipant;

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

    /** The study's waves ("the waves" of DESIGN section 5), ascending; the same for every subscale. */
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

    /** pid (sorted) to wave (ascending) to score; participants without any score are absent. */
    public SortedMap<String, SortedMap<Integer, Double>> byParticipant() {
        if (byParticipant == null) {
            byParticipant = study.scoresOf(id);
        }
        return byParticipant;
    }

    /** The scores present at a wave, in pid order. */
    public double[] scoresAt(int wave) {
        return byParticipant().values().stream()
                .map(scores -> scores.get(wave))
                .filter(score -> score != null)
                .mapToDouble(Double::doubleValue)
                .toArray();
    }

    /** Participants scored at every one of the given waves, as rows of those scores in pid order. */
    public double[][] completeCases(List<Integer> waves) {
        return byParticipant().values().stream()
                .filter(scores -> waves.stream().allMatch(scores::containsKey))
                .map(scores -> waves.stream().mapToDouble(scores::get).toArray())
                .toArray(double[][]::new);
    }

    /** last - first for every participant scored at both, in pid order (empty when the study has no waves). */
    public double[] pairedDifferences() {
        Integer first = first();
        Integer last = last();
        if (first == null) {
            return new double[0];
        }
        return byParticipant().values().stream()
                .filter(scores -> scores.containsKey(first) && scores.containsKey(last))
                .mapToDouble(scores -> scores.get(last) - scores.get(first))
                .toArray();
    }

    public ScoredStudy study() {
        return study;
    }
}
