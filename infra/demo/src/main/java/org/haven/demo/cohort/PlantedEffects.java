package org.haven.demo.cohort;

import java.util.Map;

/**
 * The population the synthetic cohort is drawn from, on the latent 1..7 scale where higher = safer.
 * Each participant gets, per subscale, a starting level (intercept) and a change per wave (slope); both are
 * normal with equal correlation between subscales (one shared factor), as real subscales of one inventory
 * correlate. An item's answer is the latent level plus item noise, rounded and clamped to the scale.
 *
 * <p>The defaults plant three effects a batch run must find again: trust and honesty improve by
 * {@code +0.15} per wave, conflict worsens by {@code -0.10} per wave, the other subscales stay flat.
 *
 * @param interceptMean    mean starting level of every subscale
 * @param interceptSd      between-participant SD of the starting level
 * @param interceptCorr    correlation of the starting levels of two subscales of one participant
 * @param slopeMeans       mean change per wave by subscale id (absent = 0)
 * @param slopeSd          between-participant SD of the change per wave
 * @param slopeCorr        correlation of the slopes of two subscales of one participant
 * @param itemNoiseSd      SD of an item's deviation from the latent level at one wave
 * @param dropoutHazard    probability of leaving the study before each wave after the first (n falls)
 * @param skipWaveRate     probability of missing one wave after the first while staying in the study
 * @param skipItemRate     probability of leaving one item unanswered
 */
public record PlantedEffects(double interceptMean, double interceptSd, double interceptCorr,
                             Map<String, Double> slopeMeans, double slopeSd, double slopeCorr,
                             double itemNoiseSd, double dropoutHazard, double skipWaveRate, double skipItemRate) {

    public static final PlantedEffects DEFAULT = new PlantedEffects(4.2, 0.8, 0.6,
            Map.of("trust", 0.15, "honesty", 0.15, "conflict", -0.10), 0.08, 0.4,
            0.8, 0.08, 0.05, 0.03);

    public PlantedEffects {
        slopeMeans = Map.copyOf(slopeMeans);
        requireProbability(interceptCorr, "interceptCorr");
        requireProbability(slopeCorr, "slopeCorr");
        requireProbability(dropoutHazard, "dropoutHazard");
        requireProbability(skipWaveRate, "skipWaveRate");
        requireProbability(skipItemRate, "skipItemRate");
    }

    public double slopeMean(String subscale) {
        return slopeMeans.getOrDefault(subscale, 0.0);
    }

    private static void requireProbability(double value, String name) {
        if (!(value >= 0 && value <= 1)) {
            throw new IllegalArgumentException(name + " must lie in [0, 1], got " + value);
        }
    }
}
