package org.haven.analytics.statistics;

import org.haven.analytics.scoring.ParticipantScores;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The growth model's cost at replay-benchmark size, run by infra/bench.sh (never by mvn verify): the nine score
 * series of ESTI (8 subscales and the composite) for N participants x W waves with dropout and skipped waves,
 * fitted one after the other as the batch does. Prints one line: {@code growth model: S series, N participants x
 * W waves, T ms in all, per series min/max ms}.
 */
public final class GrowthModelBenchmark {

    private GrowthModelBenchmark() {
    }

    public static void main(String[] args) {
        int participants = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int waves = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        int series = 9;
        List<ParticipantScores> data = new ArrayList<>();
        for (int s = 0; s < series; s++) {
            data.add(cohort(new Random(20261125L + s), participants, waves));
        }
        fitAll(data.subList(0, 1)); // warm-up: JIT, not counted
        long started = System.nanoTime();
        long[] each = fitAll(data);
        long total = (System.nanoTime() - started) / 1_000_000;
        long min = Long.MAX_VALUE;
        long max = 0;
        for (long ms : each) {
            min = Math.min(min, ms);
            max = Math.max(max, ms);
        }
        System.out.printf(Locale.ROOT, "growth model: %d series, %d participants x %d waves, %d ms in all, per series "
                + "%d to %d ms%n", series, participants, waves, total, min, max);
    }

    private static long[] fitAll(List<ParticipantScores> data) {
        long[] each = new long[data.size()];
        for (int s = 0; s < data.size(); s++) {
            long started = System.nanoTime();
            GrowthFit fit = GrowthModel.fit(data.get(s));
            each[s] = (System.nanoTime() - started) / 1_000_000;
            if (!Double.isFinite(fit.remlCriterion())) {
                throw new IllegalStateException("fit failed");
            }
        }
        return each;
    }

    /** Levels N(4.2, 0.8), slopes N(0.1, 0.1), residual SD 0.5, 5% dropout per wave, 5% skipped waves. */
    private static ParticipantScores cohort(Random random, int participants, int waves) {
        SortedMap<String, SortedMap<Integer, Double>> cohort = new TreeMap<>();
        for (int p = 0; p < participants; p++) {
            double level = 4.2 + 0.8 * random.nextGaussian();
            double slope = 0.1 + 0.1 * random.nextGaussian();
            SortedMap<Integer, Double> scores = new TreeMap<>();
            for (int w = 1; w <= waves; w++) {
                if (w > 1 && random.nextDouble() < 0.05) {
                    break;
                }
                if (random.nextDouble() < 0.05) {
                    continue;
                }
                scores.put(w, level + slope * w + 0.5 * random.nextGaussian());
            }
            cohort.put(String.format(Locale.ROOT, "p%07d", p), scores);
        }
        return ScoreArrays.of(cohort);
    }
}
