package org.haven.analytics.statistics;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.SortedMap;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The REML fit against lme4 on {@code sleepstudy} (Belenky et al. 2003, J. Sleep Res. 12:1-12; distributed with the
 * R package lme4): {@code lmer(Reaction ~ Days + (Days | Subject), REML = TRUE)} with lme4 1.1-31 gives the figures
 * below, as printed by Bates et al. (2015), J. Stat. Softw. 67(1), section 1.
 */
class GrowthModelTest {

    private static final double RELATIVE = 1e-4;

    @Test
    void sleepstudy_matches_lme4() throws IOException {
        GrowthFit fit = GrowthModel.fit(ScoreArrays.of(sleepstudy()));

        assertThat(fit.intercept()).isCloseTo(251.40510485, within(251.40510485 * RELATIVE));
        assertThat(fit.slope()).isCloseTo(10.46728596, within(10.46728596 * RELATIVE));
        assertThat(fit.slopeSe()).isCloseTo(1.545789644, within(1.545789644 * RELATIVE));
        assertThat(fit.sdIntercept()).isCloseTo(24.74065799, within(24.74065799 * RELATIVE));
        assertThat(fit.sdSlope()).isCloseTo(5.92213766, within(5.92213766 * RELATIVE));
        assertThat(fit.correlation()).isCloseTo(0.06555124, within(0.06555124 * RELATIVE));
        assertThat(fit.sdResidual()).isCloseTo(25.59179572, within(25.59179572 * RELATIVE));
        assertThat(fit.remlCriterion()).isCloseTo(1743.628, within(1743.628 * RELATIVE));
        assertThat(fit.singular()).isFalse();
        assertThat(fit.observations()).isEqualTo(180);
        assertThat(fit.participants()).isEqualTo(18);
    }

    static SortedMap<String, SortedMap<Integer, Double>> sleepstudy() throws IOException {
        SortedMap<String, SortedMap<Integer, Double>> bySubject = new TreeMap<>();
        try (Reader in = new InputStreamReader(GrowthModelTest.class.getResourceAsStream("/reference/sleepstudy.csv"),
                StandardCharsets.UTF_8)) {
            for (CSVRecord row : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
                bySubject.computeIfAbsent(row.get("Subject"), s -> new TreeMap<>())
                        .put(Integer.parseInt(row.get("Days")), Double.parseDouble(row.get("Reaction")));
            }
        }
        return bySubject;
    }
}
