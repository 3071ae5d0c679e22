package org.haven.analytics.report;

import org.haven.analytics.export.Manifest;
import org.haven.analytics.statistics.CsvNumbers;
import org.haven.analytics.statistics.StatisticRow;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * report.html (DESIGN section 6): one self-contained page (inline CSS, charts as PNG {@code data:} URIs) with the
 * trajectories, reliability, change and responses per wave. Every figure cell carries the exact statistics.csv
 * value in {@code data-value} (as {@link CsvNumbers#format}) with {@code data-statistic}, {@code data-subscale},
 * {@code data-wave} and {@code data-item}, so the page can be checked against statistics.csv. Figures not shown in
 * one of the tables are listed at the end, so that every row appears.
 */
public final class ReportHtml {

    public static final String FILE_NAME = "report.html";

    static final String FIRST_LAST = "first-last";
    static final String ALL = "all";
    static final String EN_DASH = "\u2013";
    private static final double SCALE_MIN = 1;
    private static final double SCALE_MAX = 7;

    private static final List<String> CHANGE = List.of("paired_n", "paired_mean_diff", "paired_ci95_low",
            "paired_ci95_high", "paired_t", "paired_df", "paired_p", "cohen_dz", "icc_n", "icc_2_1", "icc_3_1",
            "rci_improved", "rci_unchanged", "rci_deteriorated");
    private static final Map<String, String> CHANGE_HEADERS = Map.ofEntries(
            Map.entry("paired_n", "Paired n"), Map.entry("paired_mean_diff", "Mean change (last \u2212 first)"),
            Map.entry("paired_ci95_low", "95% CI low"), Map.entry("paired_ci95_high", "95% CI high"),
            Map.entry("paired_t", "t"), Map.entry("paired_df", "df"), Map.entry("paired_p", "p"),
            Map.entry("cohen_dz", "Cohen\u2019s d<sub>z</sub>"), Map.entry("icc_n", "ICC n"),
            Map.entry("icc_2_1", "ICC(2,1)"), Map.entry("icc_3_1", "ICC(3,1)"),
            Map.entry("rci_improved", "RCI improved"), Map.entry("rci_unchanged", "RCI unchanged"),
            Map.entry("rci_deteriorated", "RCI deteriorated"));

    private static final List<String> GROWTH = List.of("lmm_intercept", "lmm_slope", "lmm_slope_se",
            "lmm_sd_intercept", "lmm_sd_slope", "lmm_corr", "lmm_sd_residual", "lmm_reml_criterion", "lmm_singular",
            "lmm_n_obs", "lmm_n_participants", "lmm_failed");
    private static final Map<String, String> GROWTH_HEADERS = Map.ofEntries(
            Map.entry("lmm_intercept", "Intercept"), Map.entry("lmm_slope", "Slope per wave"),
            Map.entry("lmm_slope_se", "SE of slope"), Map.entry("lmm_sd_intercept", "SD of intercepts"),
            Map.entry("lmm_sd_slope", "SD of slopes"), Map.entry("lmm_corr", "Correlation"),
            Map.entry("lmm_sd_residual", "Residual SD"), Map.entry("lmm_reml_criterion", "REML criterion"),
            Map.entry("lmm_singular", "Singular"), Map.entry("lmm_n_obs", "Scores"),
            Map.entry("lmm_n_participants", "Participants"), Map.entry("lmm_failed", "Not fitted"));

    private ReportHtml() {
    }

    public static void write(List<StatisticRow> rows, Manifest manifest, Path file) throws IOException {
        Files.writeString(file, render(rows, manifest), StandardCharsets.UTF_8);
    }

    public static String render(List<StatisticRow> rows, Manifest manifest) {
        System.setProperty("java.awt.headless", "true");
        return new Renderer(rows, manifest).render();
    }

    private static final class Renderer {

        private final List<StatisticRow> rows;
        private final Manifest manifest;
        private final Map<String, StatisticRow> byKey = new LinkedHashMap<>();
        private final Set<StatisticRow> shown = Collections.newSetFromMap(new IdentityHashMap<>());
        private final List<String> subscales;
        private final Set<String> composites;
        private final List<Integer> waves;
        private final StringBuilder out = new StringBuilder(64 * 1024);

        Renderer(List<StatisticRow> rows, Manifest manifest) {
            this.rows = List.copyOf(rows);
            this.manifest = Objects.requireNonNull(manifest);
            for (StatisticRow row : this.rows) {
                byKey.putIfAbsent(key(row.statistic(), row.subscale(), row.item(), row.wave()), row);
            }
            this.subscales = this.rows.stream().map(StatisticRow::subscale).filter(Objects::nonNull).distinct()
                    .toList();
            this.composites = manifest.composites().stream().map(Manifest.CompositeDefinition::id)
                    .collect(Collectors.toSet());
            Set<Integer> allWaves = new java.util.TreeSet<>(manifest.waves());
            for (StatisticRow row : this.rows) {
                if (row.wave() != null && row.wave().matches("\\d+")) {
                    allWaves.add(Integer.parseInt(row.wave()));
                }
            }
            this.waves = List.copyOf(allWaves);
        }

        String render() {
            String title = manifest.study() == null || manifest.study().title() == null
                    ? "Study report" : manifest.study().title();
            out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\" />\n")
                    .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\" />\n")
                    .append("<title>").append(escape(title)).append(" \u2013 Haven report</title>\n")
                    .append("<style>").append(CSS).append("</style>\n</head>\n<body>\n<main>\n");
            header(title);
            contents();
            trajectories();
            reliability();
            change();
            growthModel();
            responses();
            remaining();
            out.append("</main>\n</body>\n</html>\n");
            return out.toString();
        }

        private void header(String title) {
            out.append("<header>\n<p class=\"kicker\">Haven analytics report</p>\n<h1>").append(escape(title))
                    .append("</h1>\n<dl class=\"facts\">\n");
            fact("Study", manifest.study() == null ? null : manifest.study().id());
            fact("Run", manifest.runId());
            fact("Data as of", manifest.asOf() == null ? "end of topic" : manifest.asOf().toString());
            Manifest.Participants participants = manifest.participants();
            fact("Participants included", participants == null ? null : Long.toString(participants.included()));
            fact("Participants excluded", participants == null ? null : byReason(participants.excluded()));
            fact("Submissions excluded", manifest.events() == null ? null
                    : byReason(manifest.events().excludedSubmissions()));
            if (manifest.events() != null && !manifest.events().excludedRecords().isEmpty()) {
                // only when it happened, so that the report of an ordinary run stays as it was
                fact("Records left out undecoded", byReason(manifest.events().excludedRecords())
                        + (manifest.quarantined().isEmpty() ? "" : " (quarantined: see manifest.json)"));
            }
            fact("Waves", waves.isEmpty() ? null
                    : waves.stream().map(String::valueOf).collect(Collectors.joining(", ")));
            fact("Instrument versions", manifest.instrumentVersions().isEmpty() ? null
                    : manifest.instrumentVersions().stream()
                    .map(v -> v.id() + " v" + v.version() + (v.title() == null ? "" : " (" + v.title() + ")"))
                    .collect(Collectors.joining("; ")));
            if (!manifest.composites().isEmpty()) {
                fact("Composites", manifest.composites().stream()
                        .map(c -> c.id() + " = mean of " + String.join(", ", c.subscales()))
                        .collect(Collectors.joining("; ")));
            }
            if (manifest.software() != null) {
                fact("Software", manifest.software().name() + " " + manifest.software().version());
            }
            out.append("</dl>\n</header>\n");
        }

        private static String byReason(Map<String, Long> counts) {
            if (counts == null || counts.isEmpty()) {
                return "none";
            }
            return counts.entrySet().stream().map(e -> e.getKey() + ": " + e.getValue())
                    .collect(Collectors.joining(", "));
        }

        private void fact(String label, String value) {
            out.append("<div><dt>").append(escape(label)).append("</dt><dd>")
                    .append(value == null || value.isEmpty() ? EN_DASH : escape(value)).append("</dd></div>\n");
        }

        private void contents() {
            out.append("<nav aria-label=\"Contents\"><ol>")
                    .append("<li><a href=\"#trajectories\">Trajectories</a></li>")
                    .append("<li><a href=\"#reliability\">Reliability</a></li>")
                    .append("<li><a href=\"#change\">Change from first to last wave</a></li>")
                    .append("<li><a href=\"#growth\">Growth model</a></li>")
                    .append("<li><a href=\"#responses\">Responses and attrition</a></li>")
                    .append("<li><a href=\"#other\">Other figures</a></li></ol></nav>\n");
        }

        private void trajectories() {
            out.append("<section id=\"trajectories\">\n<h2>Trajectories</h2>\n")
                    .append("<p class=\"note\">Mean score per wave with its 95% confidence interval (shaded) on the 1\u20137 agreement scale, with the growth model's fitted mean as a dashed line where it was fitted; each chart's vertical axis shows only the range its scores need, so read the axis labels before comparing charts.</p>\n");
            for (String subscale : subscales) {
                List<TrajectoryChart.Point> points = new ArrayList<>();
                for (int wave : waves) {
                    String w = Integer.toString(wave);
                    points.add(new TrajectoryChart.Point(wave, number(get("mean", subscale, null, w)),
                            number(get("ci95_low", subscale, null, w)), number(get("ci95_high", subscale, null, w))));
                }
                if (points.stream().allMatch(p -> p.mean() == null)
                        && waves.stream().allMatch(w -> get("n", subscale, null, w.toString()) == null)) {
                    continue;
                }
                String name = label(subscale);
                out.append("<section class=\"subscale\" id=\"trajectory-").append(escape(anchor(subscale)))
                        .append("\">\n<h3>").append(escape(name)).append("</h3>\n<div class=\"pair\">\n<figure>")
                        .append("<img width=\"").append(TrajectoryChart.WIDTH).append("\" height=\"")
                        .append(TrajectoryChart.HEIGHT).append("\" src=\"")
                        .append(TrajectoryChart.dataUri(waves, points, fitted(subscale), SCALE_MIN, SCALE_MAX))
                        .append("\" alt=\"").append(escape(alt(name, points))).append("\" /></figure>\n");
                out.append("<table class=\"compact\">\n<caption>").append(escape(name))
                        .append(": scores per wave</caption>\n<thead><tr><th scope=\"col\">Wave</th>")
                        .append("<th scope=\"col\">n</th><th scope=\"col\">Mean</th><th scope=\"col\">SD</th>")
                        .append("<th scope=\"col\">95% CI low</th><th scope=\"col\">95% CI high</th></tr></thead>\n")
                        .append("<tbody>\n");
                for (int wave : waves) {
                    String w = Integer.toString(wave);
                    out.append("<tr><th scope=\"row\">").append(w).append("</th>");
                    for (String statistic : List.of("n", "mean", "sd", "ci95_low", "ci95_high")) {
                        cell(statistic, subscale, null, w);
                    }
                    out.append("</tr>\n");
                }
                out.append("</tbody>\n</table>\n</div>\n</section>\n");
            }
            out.append("</section>\n");
        }

        /** The growth model's mean at each wave, or nothing when it was not fitted. */
        private Map<Integer, Double> fitted(String subscale) {
            Double intercept = number(find("lmm_intercept", subscale));
            Double slope = number(find("lmm_slope", subscale));
            if (intercept == null || slope == null) {
                return Map.of();
            }
            Map<Integer, Double> fitted = new LinkedHashMap<>();
            waves.forEach(wave -> fitted.put(wave, intercept + slope * wave));
            return fitted;
        }

        private String alt(String name, List<TrajectoryChart.Point> points) {
            StringBuilder text = new StringBuilder("Line chart of the mean ").append(name)
                    .append(" score by wave with a shaded 95% confidence band");
            String detail = points.stream().filter(p -> p.mean() != null)
                    .map(p -> "wave " + p.wave() + " mean " + readable(p.mean(), 2)
                            + (p.low() != null && p.high() != null
                            ? " (95% CI " + readable(p.low(), 2) + " to " + readable(p.high(), 2) + ")" : ""))
                    .collect(Collectors.joining("; "));
            text.append(detail.isEmpty() ? ": no scores." : ": " + detail + ".");
            return text.toString();
        }

        private void reliability() {
            List<String> withAlpha = subscales.stream()
                    .filter(s -> rows.stream().anyMatch(r -> s.equals(r.subscale())
                            && (r.statistic().equals("cronbach_alpha") || r.statistic().equals("alpha_n")
                            || r.statistic().equals("item_total_r"))))
                    .toList();
            out.append("<section id=\"reliability\">\n<h2>Reliability</h2>\n");
            if (withAlpha.isEmpty()) {
                out.append("<p>No reliability figures.</p>\n</section>\n");
                return;
            }
            out.append("<p class=\"note\">Cronbach\u2019s \u03b1 over complete cases; the weakest item is the one with ")
                    .append("the lowest corrected item\u2013total correlation (marked \u25bc).</p>\n")
                    .append("<div class=\"scroll\"><table>\n<caption>Cronbach\u2019s \u03b1 per subscale and wave")
                    .append("</caption>\n<thead><tr><th scope=\"col\">Subscale</th><th scope=\"col\">Wave</th>")
                    .append("<th scope=\"col\">\u03b1</th><th scope=\"col\">n (complete cases)</th>")
                    .append("<th scope=\"col\">Weakest item</th><th scope=\"col\">Its item\u2013total r</th></tr>")
                    .append("</thead>\n<tbody>\n");
            for (String subscale : withAlpha) {
                for (int wave : waves) {
                    String w = Integer.toString(wave);
                    out.append("<tr><th scope=\"row\">").append(escape(label(subscale))).append("</th><td>")
                            .append(w).append("</td>");
                    cell("cronbach_alpha", subscale, null, w);
                    cell("alpha_n", subscale, null, w);
                    StatisticRow weakest = weakest(subscale, w);
                    if (weakest == null) {
                        out.append("<td>").append(EN_DASH).append("</td><td class=\"num\">").append(EN_DASH)
                                .append("</td>");
                    } else {
                        out.append("<td class=\"weakest\" data-weakest=\"true\" data-subscale=\"")
                                .append(escape(subscale)).append("\" data-wave=\"").append(w)
                                .append("\" data-item=\"").append(escape(weakest.item())).append("\">\u25bc ")
                                .append(escape(weakest.item())).append("</td>");
                        cell(weakest, "");
                    }
                    out.append("</tr>\n");
                }
            }
            out.append("</tbody>\n</table></div>\n");
            for (String subscale : withAlpha) {
                List<String> items = rows.stream()
                        .filter(r -> r.statistic().equals("item_total_r") && subscale.equals(r.subscale())
                                && r.item() != null)
                        .map(StatisticRow::item).distinct().toList();
                if (items.isEmpty()) {
                    continue;
                }
                out.append("<details><summary>Item\u2013total correlations: ").append(escape(label(subscale)))
                        .append("</summary>\n<div class=\"scroll\"><table class=\"compact\">\n<caption>")
                        .append(escape(label(subscale)))
                        .append(": corrected item\u2013total r per item and wave</caption>\n<thead><tr>")
                        .append("<th scope=\"col\">Item</th>");
                for (int wave : waves) {
                    out.append("<th scope=\"col\">Wave ").append(wave).append("</th>");
                }
                out.append("</tr></thead>\n<tbody>\n");
                for (String item : items) {
                    out.append("<tr><th scope=\"row\">").append(escape(item)).append("</th>");
                    for (int wave : waves) {
                        String w = Integer.toString(wave);
                        StatisticRow weakest = weakest(subscale, w);
                        StatisticRow row = get("item_total_r", subscale, item, w);
                        boolean flagged = row != null && row == weakest;
                        if (row == null) {
                            out.append("<td class=\"num\">").append(EN_DASH).append("</td>");
                        } else {
                            cell(row, flagged ? " weakest" : "");
                        }
                    }
                    out.append("</tr>\n");
                }
                out.append("</tbody>\n</table></div>\n</details>\n");
            }
            out.append("</section>\n");
        }

        /** The item with the lowest item_total_r of a subscale at a wave (the first in row order on ties). */
        private StatisticRow weakest(String subscale, String wave) {
            StatisticRow weakest = null;
            for (StatisticRow row : rows) {
                if (row.statistic().equals("item_total_r") && subscale.equals(row.subscale())
                        && wave.equals(row.wave()) && number(row) != null
                        && (weakest == null || number(row) < number(weakest))) {
                    weakest = row;
                }
            }
            return weakest;
        }

        private void change() {
            figureTable("change", "Change from first to last wave", "No change figures (fewer than two waves).",
                    "Paired over participants scored at both the first and the last wave; ICC over participants "
                            + "scored at every wave; reliable change (Jacobson &amp; Truax) for subscales only.",
                    "Change per subscale and composite", CHANGE, CHANGE_HEADERS);
        }

        private void growthModel() {
            figureTable("growth", "Growth model", "No growth model figures.",
                    "score ~ wave + (1 + wave | participant) by restricted maximum likelihood over every available "
                            + "score, as lme4::lmer(REML = TRUE) fits it; the dashed line in each trajectory chart is "
                            + "its fitted mean. Singular = a variance component at zero or a correlation of \u00b11; "
                            + "the manifest says why a model was not fitted.",
                    "Growth model per subscale and composite", GROWTH, GROWTH_HEADERS);
        }

        /** One row per subscale, one column per statistic (wave = all or first-last), every cell a figure. */
        private void figureTable(String id, String title, String none, String note, String caption,
                                 List<String> statistics, Map<String, String> headers) {
            List<String> present = statistics.stream()
                    .filter(s -> rows.stream().anyMatch(r -> r.statistic().equals(s))).toList();
            out.append("<section id=\"").append(id).append("\">\n<h2>").append(title).append("</h2>\n");
            if (present.isEmpty()) {
                out.append("<p>").append(none).append("</p>\n</section>\n");
                return;
            }
            out.append("<p class=\"note\">").append(note).append("</p>\n<div class=\"scroll\"><table>\n<caption>")
                    .append(caption).append("</caption>\n<thead><tr><th scope=\"col\">Subscale</th>");
            for (String statistic : present) {
                out.append("<th scope=\"col\">").append(headers.get(statistic)).append("</th>");
            }
            out.append("</tr></thead>\n<tbody>\n");
            for (String subscale : subscales) {
                if (present.stream().noneMatch(s -> find(s, subscale) != null)) {
                    continue;
                }
                out.append("<tr><th scope=\"row\">").append(escape(label(subscale))).append("</th>");
                for (String statistic : present) {
                    StatisticRow row = find(statistic, subscale);
                    if (row == null) {
                        out.append("<td class=\"num\">").append(EN_DASH).append("</td>");
                    } else {
                        cell(row, "");
                    }
                }
                out.append("</tr>\n");
            }
            out.append("</tbody>\n</table></div>\n</section>\n");
        }

        private StatisticRow find(String statistic, String subscale) {
            StatisticRow row = get(statistic, subscale, null, FIRST_LAST);
            return row != null ? row : get(statistic, subscale, null, ALL);
        }

        private void responses() {
            out.append("<section id=\"responses\">\n<h2>Responses and attrition</h2>\n")
                    .append("<p class=\"note\">Participants with a score per wave; the drop is relative to the ")
                    .append("first wave.</p>\n<div class=\"scroll\"><table>\n<caption>Scored participants per wave")
                    .append("</caption>\n<thead><tr><th scope=\"col\">Subscale</th>");
            for (int i = 0; i < waves.size(); i++) {
                out.append("<th scope=\"col\">Wave ").append(waves.get(i)).append(" n</th>");
                if (i > 0) {
                    out.append("<th scope=\"col\">Drop since wave ").append(waves.get(0)).append("</th>");
                }
            }
            out.append("</tr></thead>\n<tbody>\n");
            for (String subscale : subscales) {
                if (waves.stream().allMatch(w -> get("n", subscale, null, w.toString()) == null)) {
                    continue;
                }
                out.append("<tr><th scope=\"row\">").append(escape(label(subscale))).append("</th>");
                Double first = waves.isEmpty() ? null : number(get("n", subscale, null, waves.get(0).toString()));
                for (int i = 0; i < waves.size(); i++) {
                    String w = waves.get(i).toString();
                    cell("n", subscale, null, w);
                    if (i > 0) {
                        Double n = number(get("n", subscale, null, w));
                        String drop = first == null || n == null || first == 0 ? EN_DASH
                                : readable(100 * (first - n) / first, 1) + "%";
                        out.append("<td class=\"num drop\">").append(drop).append("</td>");
                    }
                }
                out.append("</tr>\n");
            }
            out.append("</tbody>\n</table></div>\n</section>\n");
        }

        /** Every row not shown above, so that the page holds every figure of statistics.csv. */
        private void remaining() {
            List<StatisticRow> rest = rows.stream().filter(r -> !shown.contains(r)).toList();
            out.append("<section id=\"other\">\n<h2>Other figures</h2>\n");
            if (rest.isEmpty()) {
                out.append("<p>None.</p>\n</section>\n");
                return;
            }
            out.append("<p class=\"note\">Slopes, paired t-test details and any further figures of ")
                    .append("statistics.csv.</p>\n<details><summary>").append(rest.size())
                    .append(" further figures</summary>\n<div class=\"scroll\"><table class=\"compact\">\n")
                    .append("<caption>Further figures</caption>\n<thead><tr><th scope=\"col\">Statistic</th>")
                    .append("<th scope=\"col\">Subscale</th><th scope=\"col\">Item</th><th scope=\"col\">Wave</th>")
                    .append("<th scope=\"col\">Value</th></tr></thead>\n<tbody>\n");
            for (StatisticRow row : rest) {
                out.append("<tr><th scope=\"row\">").append(escape(row.statistic())).append("</th><td>")
                        .append(orDash(row.subscale())).append("</td><td>").append(orDash(row.item()))
                        .append("</td><td>").append(orDash(row.wave())).append("</td>");
                cell(row, "");
                out.append("</tr>\n");
            }
            out.append("</tbody>\n</table></div>\n</details>\n</section>\n");
        }

        private String orDash(String text) {
            return text == null || text.isEmpty() ? EN_DASH : escape(text);
        }

        private void cell(String statistic, String subscale, String item, String wave) {
            StatisticRow row = get(statistic, subscale, item, wave);
            if (row == null) {
                out.append("<td class=\"num\">").append(EN_DASH).append("</td>");
            } else {
                cell(row, "");
            }
        }

        private void cell(StatisticRow row, String extraClass) {
            shown.add(row);
            String exact = CsvNumbers.format(row.value());
            out.append("<td class=\"num").append(extraClass).append("\" data-statistic=\"")
                    .append(escape(row.statistic())).append("\" data-subscale=\"").append(escape(nz(row.subscale())))
                    .append("\" data-wave=\"").append(escape(nz(row.wave()))).append("\" data-item=\"")
                    .append(escape(nz(row.item()))).append("\" data-value=\"").append(escape(exact));
            if (extraClass.contains("weakest")) {
                out.append("\" data-weakest=\"true\" title=\"weakest item");
            }
            out.append("\">").append(display(row)).append(extraClass.contains("weakest") ? " \u25bc" : "")
                    .append("</td>");
        }

        private StatisticRow get(String statistic, String subscale, String item, String wave) {
            return byKey.get(key(statistic, subscale, item, wave));
        }

        private String label(String subscale) {
            return composites.contains(subscale) ? subscale + " (composite)" : subscale;
        }
    }

    /** A figure for reading: integers plain, p-values to 3 decimals, others to 2 or 3; undefined as an en dash. */
    static String display(StatisticRow row) {
        Number value = row.value();
        if (value == null) {
            return EN_DASH;
        }
        if (value instanceof Long || value instanceof Integer) {
            return value.toString();
        }
        double v = value.doubleValue();
        if (!Double.isFinite(v)) {
            return EN_DASH;
        }
        String statistic = row.statistic();
        if (statistic.endsWith("_p") || statistic.equals("p")) {
            return v < 0.001 ? "&lt;\u00a00.001" : readable(v, 3);
        }
        boolean threeDecimals = statistic.contains("alpha") || statistic.contains("icc") || statistic.endsWith("_r")
                || statistic.equals("cohen_dz") || statistic.startsWith("slope");
        return readable(v, threeDecimals ? 3 : 2);
    }

    /** Fixed decimals with a true minus sign; never "-0.00". */
    static String readable(double value, int decimals) {
        String text = String.format(Locale.ROOT, "%." + decimals + "f", value);
        if (text.startsWith("-")) {
            return text.matches("-0(\\.0*)?") ? text.substring(1) : "\u2212" + text.substring(1);
        }
        return text;
    }

    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }

    private static String nz(String text) {
        return text == null ? "" : text;
    }

    private static Double number(StatisticRow row) {
        if (row == null || row.value() == null) {
            return null;
        }
        double v = row.value().doubleValue();
        return Double.isFinite(v) ? v : null;
    }

    private static String anchor(String subscale) {
        return subscale.replaceAll("[^A-Za-z0-9_-]", "-");
    }

    private static String key(String statistic, String subscale, String item, String wave) {
        return nz(statistic) + '\u0000' + nz(subscale) + '\u0000' + nz(item) + '\u0000' + nz(wave);
    }

    private static final String CSS = """
            :root{color-scheme:light;--ink:#1f2328;--muted:#5b636b;--line:#d8dde3;--soft:#f5f7f9;--accent:#1f5f99}
            *{box-sizing:border-box}
            body{margin:0;background:#fff;color:var(--ink);font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,\
            "Helvetica Neue",Arial,"Noto Sans",sans-serif}
            main{max-width:1180px;margin:0 auto;padding:24px 20px 48px}
            header{border-bottom:2px solid var(--accent);margin-bottom:16px;padding-bottom:8px}
            .kicker{margin:0;color:var(--muted);font-size:13px;text-transform:uppercase;letter-spacing:.06em}
            h1{margin:4px 0 12px;font-size:28px;line-height:1.25;overflow-wrap:anywhere}
            h2{margin:36px 0 8px;font-size:21px;border-bottom:1px solid var(--line);padding-bottom:4px}
            h3{margin:24px 0 8px;font-size:17px}
            .facts{display:grid;grid-template-columns:repeat(auto-fill,minmax(280px,1fr));gap:6px 24px;margin:0}
            .facts div{display:flex;gap:8px}
            .facts dt{color:var(--muted);min-width:150px}
            .facts dd{margin:0;overflow-wrap:anywhere}
            nav ol{display:flex;flex-wrap:wrap;gap:4px 20px;padding:0;margin:8px 0;list-style:none;font-size:14px}
            a{color:var(--accent)}
            .note{color:var(--muted);margin:4px 0 12px;font-size:14px}
            .pair{display:flex;flex-wrap:wrap;gap:12px 20px;align-items:flex-start}
            figure{margin:0;flex:1 1 480px;max-width:640px}
            figure img{width:100%;height:auto;border:1px solid var(--line);border-radius:4px}
            .scroll{overflow-x:auto}
            table{border-collapse:collapse;font-size:13.5px;margin:4px 0 16px;font-variant-numeric:tabular-nums}
            caption{text-align:left;font-weight:600;padding:4px 0 6px;color:var(--ink)}
            th,td{padding:4px 10px;border-bottom:1px solid var(--line);text-align:left;vertical-align:top}
            thead th{background:var(--soft);font-weight:600;border-bottom:2px solid var(--line);vertical-align:bottom}
            tbody th{font-weight:500;white-space:nowrap}
            td.num{text-align:right;white-space:nowrap}
            td.drop{color:var(--muted)}
            table.compact{flex:0 0 auto}
            .weakest{color:#a4262c;font-weight:600}
            details{margin:6px 0}
            summary{cursor:pointer;color:var(--accent);font-size:14px;padding:4px 0}
            @media print{details{display:block}summary{display:none}}
            """;
}
