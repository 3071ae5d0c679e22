package org.haven.analytics.statistics;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Every figure of statistics.csv, once: its name as written there, what its {@code wave} field holds, whether it is
 * a count or a decimal, how many decimals the report shows, and whether composites have it too. The families that
 * compute the figures, statistics.csv, the report and the run summary all name figures through this registry.
 */
public enum Statistic {

    N("n", Kind.PER_WAVE, Type.INTEGER, Scope.SUBSCALES_AND_COMPOSITES),
    MEAN("mean", Kind.PER_WAVE, 2, Scope.SUBSCALES_AND_COMPOSITES),
    SD("sd", Kind.PER_WAVE, 2, Scope.SUBSCALES_AND_COMPOSITES),
    CI95_LOW("ci95_low", Kind.PER_WAVE, 2, Scope.SUBSCALES_AND_COMPOSITES),
    CI95_HIGH("ci95_high", Kind.PER_WAVE, 2, Scope.SUBSCALES_AND_COMPOSITES),

    ALPHA_N("alpha_n", Kind.PER_WAVE, Type.INTEGER, Scope.SUBSCALES),
    CRONBACH_ALPHA("cronbach_alpha", Kind.PER_WAVE, 3, Scope.SUBSCALES),
    /** Per item: the only figure whose rows carry an item id. */
    ITEM_TOTAL_R("item_total_r", Kind.PER_WAVE, 3, Scope.SUBSCALES),

    PAIRED_N("paired_n", Kind.PAIRED, Type.INTEGER, Scope.SUBSCALES_AND_COMPOSITES),
    PAIRED_MEAN_DIFF("paired_mean_diff", Kind.PAIRED, 2, Scope.SUBSCALES_AND_COMPOSITES),
    PAIRED_T("paired_t", Kind.PAIRED, 2, Scope.SUBSCALES_AND_COMPOSITES),
    PAIRED_DF("paired_df", Kind.PAIRED, Type.INTEGER, Scope.SUBSCALES_AND_COMPOSITES),
    /** A p-value: the report shows it to 3 decimals, and below 0.001 as "< 0.001". */
    PAIRED_P("paired_p", Kind.PAIRED, 3, Scope.SUBSCALES_AND_COMPOSITES),
    PAIRED_CI95_LOW("paired_ci95_low", Kind.PAIRED, 2, Scope.SUBSCALES_AND_COMPOSITES),
    PAIRED_CI95_HIGH("paired_ci95_high", Kind.PAIRED, 2, Scope.SUBSCALES_AND_COMPOSITES),
    COHEN_DZ("cohen_dz", Kind.PAIRED, 3, Scope.SUBSCALES_AND_COMPOSITES),

    SLOPE_N("slope_n", Kind.ACROSS_WAVES, Type.INTEGER, Scope.SUBSCALES_AND_COMPOSITES),
    SLOPE_MEAN("slope_mean", Kind.ACROSS_WAVES, 3, Scope.SUBSCALES_AND_COMPOSITES),
    SLOPE_SD("slope_sd", Kind.ACROSS_WAVES, 3, Scope.SUBSCALES_AND_COMPOSITES),

    ICC_N("icc_n", Kind.ACROSS_WAVES, Type.INTEGER, Scope.SUBSCALES_AND_COMPOSITES),
    ICC_2_1("icc_2_1", Kind.ACROSS_WAVES, 3, Scope.SUBSCALES_AND_COMPOSITES),
    ICC_3_1("icc_3_1", Kind.ACROSS_WAVES, 3, Scope.SUBSCALES_AND_COMPOSITES),

    RCI_IMPROVED("rci_improved", Kind.PAIRED, Type.INTEGER, Scope.SUBSCALES),
    RCI_DETERIORATED("rci_deteriorated", Kind.PAIRED, Type.INTEGER, Scope.SUBSCALES),
    RCI_UNCHANGED("rci_unchanged", Kind.PAIRED, Type.INTEGER, Scope.SUBSCALES),

    LMM_INTERCEPT("lmm_intercept", Kind.ACROSS_WAVES, 2, Scope.SUBSCALES_AND_COMPOSITES),
    LMM_SLOPE("lmm_slope", Kind.ACROSS_WAVES, 2, Scope.SUBSCALES_AND_COMPOSITES),
    LMM_SLOPE_SE("lmm_slope_se", Kind.ACROSS_WAVES, 2, Scope.SUBSCALES_AND_COMPOSITES),
    LMM_SD_INTERCEPT("lmm_sd_intercept", Kind.ACROSS_WAVES, 2, Scope.SUBSCALES_AND_COMPOSITES),
    LMM_SD_SLOPE("lmm_sd_slope", Kind.ACROSS_WAVES, 2, Scope.SUBSCALES_AND_COMPOSITES),
    LMM_CORR("lmm_corr", Kind.ACROSS_WAVES, 2, Scope.SUBSCALES_AND_COMPOSITES),
    LMM_SD_RESIDUAL("lmm_sd_residual", Kind.ACROSS_WAVES, 2, Scope.SUBSCALES_AND_COMPOSITES),
    LMM_REML_CRITERION("lmm_reml_criterion", Kind.ACROSS_WAVES, 2, Scope.SUBSCALES_AND_COMPOSITES),
    LMM_SINGULAR("lmm_singular", Kind.ACROSS_WAVES, Type.INTEGER, Scope.SUBSCALES_AND_COMPOSITES),
    LMM_N_OBS("lmm_n_obs", Kind.ACROSS_WAVES, Type.INTEGER, Scope.SUBSCALES_AND_COMPOSITES),
    LMM_N_PARTICIPANTS("lmm_n_participants", Kind.ACROSS_WAVES, Type.INTEGER, Scope.SUBSCALES_AND_COMPOSITES),
    LMM_FAILED("lmm_failed", Kind.ACROSS_WAVES, Type.INTEGER, Scope.SUBSCALES_AND_COMPOSITES);

    /** What a figure's {@code wave} field holds. */
    public enum Kind {
        /** The wave number. */
        PER_WAVE(null),
        /** Participants scored at both the first and the last wave. */
        PAIRED("first-last"),
        /** Every wave together. */
        ACROSS_WAVES("all");

        private final String wave;

        Kind(String wave) {
            this.wave = wave;
        }

        /** The {@code wave} field of this kind's rows; null for per-wave figures, whose field is the wave number. */
        public String wave() {
            return wave;
        }
    }

    public enum Type { INTEGER, DECIMAL }

    public enum Scope { SUBSCALES, SUBSCALES_AND_COMPOSITES }

    private static final Map<String, Statistic> BY_NAME = Arrays.stream(values())
            .collect(Collectors.toUnmodifiableMap(Statistic::csvName, Function.identity()));

    private final String csvName;
    private final Kind kind;
    private final Type type;
    private final int decimals;
    private final Scope scope;

    Statistic(String csvName, Kind kind, Type type, Scope scope) {
        this(csvName, kind, type, 0, scope);
    }

    Statistic(String csvName, Kind kind, int decimals, Scope scope) {
        this(csvName, kind, Type.DECIMAL, decimals, scope);
    }

    Statistic(String csvName, Kind kind, Type type, int decimals, Scope scope) {
        this.csvName = csvName;
        this.kind = kind;
        this.type = type;
        this.decimals = decimals;
        this.scope = scope;
    }

    /** The figure's name in statistics.csv's {@code statistic} column. */
    public String csvName() {
        return csvName;
    }

    public Kind kind() {
        return kind;
    }

    public boolean isInteger() {
        return type == Type.INTEGER;
    }

    /** Decimals the report shows for a decimal figure; 0 for counts. */
    public int decimals() {
        return decimals;
    }

    public boolean isPValue() {
        return this == PAIRED_P;
    }

    public boolean subscalesOnly() {
        return scope == Scope.SUBSCALES;
    }

    /** Whether {@code row} is a row of this figure. */
    public boolean names(StatisticRow row) {
        return csvName.equals(row.statistic());
    }

    public static Optional<Statistic> named(String csvName) {
        return Optional.ofNullable(BY_NAME.get(csvName));
    }

    /** The registered figure of that name; statistics.csv holds no other. */
    public static Statistic of(String csvName) {
        return named(csvName).orElseThrow(() -> new IllegalArgumentException("no statistic named '" + csvName + "'"));
    }
}
