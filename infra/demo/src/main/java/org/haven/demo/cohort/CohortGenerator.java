package org.haven.demo.cohort;

import org.haven.instrument.Instrument;
import org.haven.instrument.Item;
import org.haven.instrument.Scale;
import org.haven.instrument.Subscale;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Draws a longitudinal cohort from {@link PlantedEffects}. Deterministic given the seed: each participant has
 * a random stream of their own, derived from the seed and their number, so participant 7 is the same
 * whatever the cohort size or the order in which threads later submit.
 */
public final class CohortGenerator {

    private final Instrument instrument;
    private final PlantedEffects effects;
    private final int waves;
    private final long seed;
    private final int importEvery;

    /** @param importEvery every {@code importEvery}-th participant goes through the CSV import; 0 = none */
    public CohortGenerator(Instrument instrument, PlantedEffects effects, int waves, long seed, int importEvery) {
        if (waves < 1) {
            throw new IllegalArgumentException("a cohort needs at least one wave, got " + waves);
        }
        this.instrument = instrument;
        this.effects = effects;
        this.waves = waves;
        this.seed = seed;
        this.importEvery = importEvery;
    }

    public List<SyntheticParticipant> generate(int participants) {
        List<SyntheticParticipant> cohort = new ArrayList<>(participants);
        for (int i = 0; i < participants; i++) {
            cohort.add(participant(i));
        }
        return cohort;
    }

    public SyntheticParticipant participant(int index) {
        // java.util.Random, not RandomGenerator: its nextGaussian is specified, so a seed gives the same
        // cohort on every JDK. The odd constant spreads neighbouring indices over the seed space.
        Random random = new Random(seed ^ (0x9E3779B97F4A7C15L * (index + 1L)));
        Map<String, Double> intercepts = correlated(random, effects.interceptCorr(),
                subscale -> effects.interceptMean(), effects.interceptSd());
        Map<String, Double> slopes = correlated(random, effects.slopeCorr(), effects::slopeMean, effects.slopeSd());
        List<WaveAnswers> answered = new ArrayList<>();
        for (int wave = 1; wave <= waves; wave++) {
            if (wave > 1 && random.nextDouble() < effects.dropoutHazard()) {
                break;
            }
            if (wave > 1 && random.nextDouble() < effects.skipWaveRate()) {
                continue;
            }
            answered.add(answers(random, wave, intercepts, slopes));
        }
        boolean imported = importEvery > 0 && index % importEvery == importEvery - 1;
        return new SyntheticParticipant(String.format("demo-%04d", index + 1), imported, answered);
    }

    /** Equicorrelated normal draws, one per subscale: a shared factor plus a subscale's own part. */
    private Map<String, Double> correlated(Random random, double correlation,
                                           java.util.function.ToDoubleFunction<String> mean, double sd) {
        double shared = random.nextGaussian();
        Map<String, Double> draws = new HashMap<>();
        for (Subscale subscale : instrument.subscales()) {
            double own = random.nextGaussian();
            double z = Math.sqrt(correlation) * shared + Math.sqrt(1 - correlation) * own;
            draws.put(subscale.id(), mean.applyAsDouble(subscale.id()) + sd * z);
        }
        return draws;
    }

    private WaveAnswers answers(Random random, int wave, Map<String, Double> intercepts, Map<String, Double> slopes) {
        Map<String, Integer> answers = new HashMap<>();
        for (Item item : instrument.items()) {
            // Noise is drawn for skipped items too, so skipping one item does not shift every later value.
            double latent = intercepts.get(item.subscale()) + slopes.get(item.subscale()) * (wave - 1)
                    + effects.itemNoiseSd() * random.nextGaussian();
            boolean skipped = random.nextDouble() < effects.skipItemRate();
            if (!skipped) {
                answers.put(item.id(), raw(instrument.scaleOf(item), item.reverse(), latent));
            }
        }
        if (answers.isEmpty()) {
            // A submission needs one answer at least; a questionnaire skipped entirely is a skipped wave.
            Item first = instrument.items().get(0);
            answers.put(first.id(), raw(instrument.scaleOf(first), first.reverse(), intercepts.get(first.subscale())));
        }
        return new WaveAnswers(wave, answers);
    }

    /** The value a participant ticks: the latent level on the keyed scale, rounded, clamped, reversed back. */
    static int raw(Scale scale, boolean reverse, double latent) {
        int keyed = (int) Math.max(scale.min(), Math.min(scale.max(), Math.round(latent)));
        return reverse ? scale.reverse(keyed) : keyed;
    }
}
