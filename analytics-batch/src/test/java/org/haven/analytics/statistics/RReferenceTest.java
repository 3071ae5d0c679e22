package org.haven.analytics.statistics;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.haven.analytics.answers.Response;
import org.haven.analytics.answers.StudyResponses;
import org.haven.analytics.scoring.Score;
import org.haven.analytics.scoring.Scoring;
import org.haven.instrument.Composite;
import org.haven.instrument.Instrument;
import org.haven.instrument.InstrumentLoader;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.assertj.core.api.Assertions.within;

/**
 * Compares every figure with R on the reference data set in src/test/resources/reference: reference.R computed
 * reference-output.txt from responses.csv, on a reduced ESTI v1 (respect, listening, trust; composite safety =
 * respect and listening), with stats and psych for section 5 and lme4 (REML) for the growth model. The data are
 * unbalanced (dropout, skipped waves and items), so lme4's fixed effects are not the pooled OLS ones.
 */
class RReferenceTest {

    private static final String DIR = "/reference/";
    private static final double TOLERANCE = 1e-9;
    private static final double P_VALUE_TOLERANCE = 1e-7;
    /** lme4's optimizer stops at its own tolerances: agreement is to 1e-4 relative, as the issue asks. */
    private static final double GROWTH_MODEL_TOLERANCE = 1e-4;
    /** At a singular fit optimizers legitimately differ in these (the boundary is flat along them). */
    private static final Set<String> FREE_AT_SINGULAR = Set.of("lmm_sd_intercept", "lmm_sd_slope", "lmm_corr");
    private static final Set<String> KEPT = Set.of("respect", "listening", "trust");

    @Test
    void every_figure_agrees_with_R() throws IOException {
        List<StatisticRow> ours = StatisticsCalculator.compute(new StudyResponses(List.of(reducedEsti()), responses()));
        List<List<String>> expected = referenceRows();
        Set<String> singular = new java.util.HashSet<>();
        expected.stream().filter(row -> row.get(0).equals("lmm_singular") && row.get(4).equals("1"))
                .forEach(row -> singular.add(row.get(1)));
        assertThat(singular).as("the reference holds a singular fit (listening)").containsExactly("listening");

        assertThat(ours.stream().map(RReferenceTest::key).toList())
                .as("(statistic, subscale, item, wave) keys in R's order")
                .containsExactlyElementsOf(expected.stream().map(row -> row.subList(0, 4)).toList());

        Map<String, Double> worst = new TreeMap<>(Map.of("section 5", 0.0, "p-values", 0.0, "growth model", 0.0));
        for (int i = 0; i < ours.size(); i++) {
            StatisticRow row = ours.get(i);
            String actual = CsvNumbers.format(row.value());
            String reference = expected.get(i).get(4);
            if (reference.isEmpty() || actual.isEmpty()) {
                assertThat(actual).as("%s: R has %s", key(row), reference.isEmpty() ? "NA" : reference).isEqualTo(reference);
                continue;
            }
            double r = Double.parseDouble(reference);
            double a = Double.parseDouble(actual);
            if (row.statistic().startsWith("lmm_")) {
                if (singular.contains(row.subscale()) && FREE_AT_SINGULAR.contains(row.statistic())) {
                    continue;
                }
                double deviation = r == 0 ? Math.abs(a) : Math.abs(a - r) / Math.abs(r);
                if (deviation > GROWTH_MODEL_TOLERANCE) {
                    fail("%s: ours %s, lme4 %s (relative deviation %.3g)", key(row), actual, reference, deviation);
                }
                worst.merge("growth model", deviation, Math::max);
                continue;
            }
            double deviation = Math.abs(a - r) / Math.max(1, Math.abs(r));
            boolean pValue = row.statistic().equals("paired_p");
            if (deviation > (pValue ? P_VALUE_TOLERANCE : TOLERANCE)) {
                fail("%s: ours %s, R %s (relative deviation %.3g)", key(row), actual, reference, deviation);
            }
            worst.merge(pValue ? "p-values" : "section 5", deviation, Math::max);
        }
        System.out.printf("R reference: %d rows compared; max relative deviation %s%n", ours.size(), worst);
    }

    @Test
    void lme4s_fixed_effects_are_not_the_pooled_ols_ones_on_these_data() throws IOException {
        var scored = Scoring.score(new StudyResponses(List.of(reducedEsti()), responses()));
        for (List<String> row : referenceRows()) {
            if (!row.get(0).equals("lmm_slope") || row.get(4).isEmpty()) {
                continue;
            }
            double[] ols = pooledOls(new ScoreSeries(scored, row.get(1)));
            double lme4 = Double.parseDouble(row.get(4));
            assertThat(Math.abs(ols[1] - lme4) / Math.abs(lme4)).as("%s: pooled OLS slope %s vs lme4 %s",
                    row.get(1), ols[1], lme4).isGreaterThan(100 * GROWTH_MODEL_TOLERANCE);
        }
    }

    /** Intercept and slope of score on wave over every score, ignoring who gave it. */
    private static double[] pooledOls(ScoreSeries series) {
        double n = 0;
        double sx = 0;
        double sy = 0;
        double sxx = 0;
        double sxy = 0;
        for (var scores : series.byParticipant().values()) {
            for (var point : scores.entrySet()) {
                n++;
                sx += point.getKey();
                sy += point.getValue();
                sxx += point.getKey() * (double) point.getKey();
                sxy += point.getKey() * point.getValue();
            }
        }
        double slope = (sxy - sx * sy / n) / (sxx - sx * sx / n);
        return new double[] {(sy - slope * sx) / n, slope};
    }

    @Test
    void every_score_agrees_with_R_in_the_order_of_scores_long() throws IOException {
        List<Score> ours = Scoring.score(new StudyResponses(List.of(reducedEsti()), responses())).scores();
        List<CSVRecord> expected = csv(block("scores_long.csv"));

        assertThat(ours.stream().map(s -> s.pid() + "," + s.wave() + "," + s.scoreId()).toList())
                .containsExactlyElementsOf(expected.stream()
                        .map(r -> r.get("participant") + "," + r.get("wave") + "," + r.get("subscale")).toList());
        for (int i = 0; i < ours.size(); i++) {
            String reference = expected.get(i).get("score");
            Score score = ours.get(i);
            if (reference.isEmpty()) {
                assertThat(score.value()).as("%s: R has NA", score).isNull();
            } else {
                assertThat(score.value()).as("%s: R has %s", score, reference)
                        .isCloseTo(Double.parseDouble(reference), within(1e-12));
            }
        }
    }

    /** ESTI v1 reduced to respect, listening and trust, with safety = mean of respect and listening. */
    static Instrument reducedEsti() {
        Instrument esti = InstrumentLoader.esti();
        return new Instrument(esti.id(), esti.version(), esti.title(), esti.scales(),
                esti.subscales().stream().filter(subscale -> KEPT.contains(subscale.id())).toList(),
                esti.items().stream().filter(item -> KEPT.contains(item.subscale())).toList(),
                List.of(new Composite("safety", "mean of respect and listening", List.of("respect", "listening"))));
    }

    /** responses.csv: participant,wave,item_id,value; an empty value is a skipped item. */
    private static List<Response> responses() throws IOException {
        Map<String, Map<String, Integer>> answers = new LinkedHashMap<>();
        for (CSVRecord record : csv(read("responses.csv"))) {
            if (!record.get("value").isEmpty()) {
                answers.computeIfAbsent(record.get("participant") + "," + record.get("wave"), key -> new TreeMap<>())
                        .put(record.get("item_id"), Integer.parseInt(record.get("value")));
            }
        }
        List<Response> responses = new ArrayList<>();
        answers.forEach((participantWave, values) -> {
            String[] parts = participantWave.split(",");
            responses.add(new Response(parts[0], Integer.parseInt(parts[1]), "esti", 1, values));
        });
        return responses;
    }

    /** The CSV block of reference-output.txt, header excluded, as (statistic, subscale, item, wave, value). */
    private static List<List<String>> referenceRows() throws IOException {
        List<List<String>> rows = new ArrayList<>();
        for (CSVRecord record : csv(block("statistics.csv"))) {
            rows.add(List.of(record.get("statistic"), record.get("subscale"), record.get("item"),
                    record.get("wave"), record.get("value")));
        }
        assertThat(rows).as("rows in R's block").isNotEmpty();
        return rows;
    }

    /** The lines between "# BEGIN name" (to the end of that line) and "# END name" in R's output. */
    private static String block(String name) throws IOException {
        String output = read("reference-output.txt");
        int begin = output.indexOf("# BEGIN " + name);
        int end = output.indexOf("# END " + name);
        assertThat(begin).as("BEGIN marker of %s", name).isNotNegative();
        assertThat(end).as("END marker of %s", name).isGreaterThan(begin);
        return output.substring(output.indexOf('\n', begin) + 1, end);
    }

    private static List<String> key(StatisticRow row) {
        return List.of(row.statistic(), row.subscale(), row.item() == null ? "" : row.item(), row.wave());
    }

    private static List<CSVRecord> csv(String text) throws IOException {
        return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(text)).getRecords();
    }

    private static String read(String name) throws IOException {
        try (InputStream in = RReferenceTest.class.getResourceAsStream(DIR + name)) {
            assertThat(in).as("test resource %s%s", DIR, name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
