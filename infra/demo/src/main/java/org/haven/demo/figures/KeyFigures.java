package org.haven.demo.figures;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The few figures of a run a newcomer looks at first, one line per subscale and composite, read from the run's
 * run-summary.json (figures named as in statistics.csv): n per wave (falls with dropout), the mean at the first
 * and last wave, the range of Cronbach's alpha over the waves, the mean per-participant slope with its standard
 * error, and the paired change with Cohen's d_z. The demo reads the JSON itself: it does not depend on the batch.
 */
public final class KeyFigures {

    private final JsonNode summary;

    private KeyFigures(JsonNode summary) {
        this.summary = summary;
    }

    public static KeyFigures read(Path runSummaryJson) throws IOException {
        JsonNode summary = new ObjectMapper().readTree(runSummaryJson.toFile());
        if (summary == null || !summary.path("scores").isArray()) {
            throw new IOException(runSummaryJson + " has no scores: not a run-summary.json");
        }
        return new KeyFigures(summary);
    }

    /** The run folder, as the batch wrote it. */
    public String runFolder() {
        return summary.path("runFolder").asText("");
    }

    /** Shell-readable facts of the run for infra scripts: {@code key=value} lines. */
    public void printFacts(PrintStream out) {
        out.println("run_id=" + summary.path("runId").asText(""));
        out.println("run_folder=" + runFolder());
        out.println("study=" + summary.path("study").asText(""));
        JsonNode analysis = summary.path("analysis");
        out.println("scoring_and_statistics_ms=" + analysis.path("scoringAndStatisticsMillis").asText(""));
        out.println("files_ms=" + analysis.path("filesMillis").asText(""));
        out.println("growth_model_ms=" + analysis.path("growthModelMillis").asText(""));
    }

    public void print(PrintStream out) {
        out.printf("%-14s %-22s %7s %7s %-11s %-16s %7s %6s%n", "score", "n per wave", "mean@1", "mean@L",
                "alpha", "slope/wave (SE)", "L-1", "d_z");
        summary.path("scores").forEach(score -> out.println(line(score.path("id").asText(), score.path("figures"))));
        out.println("(@1 = first wave, @L = last wave; alpha = lowest-highest over the waves; slope = mean of the"
                + " participants' OLS slopes; L-1 = mean paired change of those scored at both, not mean@L - mean@1)");
    }

    private static String line(String score, JsonNode figures) {
        List<String> waves = new ArrayList<>();
        figures.path("n").fieldNames().forEachRemaining(waves::add);
        waves.sort((a, b) -> Integer.compare(Integer.parseInt(a), Integer.parseInt(b)));
        List<String> counts = waves.stream().map(wave -> figures.path("n").path(wave).asText()).toList();
        String first = waves.isEmpty() ? "" : waves.get(0);
        String last = waves.isEmpty() ? "" : waves.get(waves.size() - 1);
        return String.format(Locale.ROOT, "%-14s %-22s %7s %7s %-11s %-16s %7s %6s", score,
                String.join("/", counts), number(figures.path("mean").path(first)),
                number(figures.path("mean").path(last)), alphaRange(figures.path("cronbach_alpha")), slope(figures),
                signed(figures.path("paired_mean_diff")), number(figures.path("cohen_dz")));
    }

    private static String alphaRange(JsonNode alphas) {
        double low = Double.NaN;
        double high = Double.NaN;
        for (Iterator<Map.Entry<String, JsonNode>> it = alphas.fields(); it.hasNext(); ) {
            JsonNode alpha = it.next().getValue();
            if (alpha.isNumber()) {
                low = Double.isNaN(low) ? alpha.asDouble() : Math.min(low, alpha.asDouble());
                high = Double.isNaN(high) ? alpha.asDouble() : Math.max(high, alpha.asDouble());
            }
        }
        return Double.isNaN(low) ? "-" : String.format(Locale.ROOT, "%.2f-%.2f", low, high);
    }

    private static String slope(JsonNode figures) {
        JsonNode mean = figures.path("slope_mean");
        JsonNode sd = figures.path("slope_sd");
        JsonNode n = figures.path("slope_n");
        if (!mean.isNumber() || !sd.isNumber() || !n.isNumber()) {
            return "-";
        }
        double se = sd.asDouble() / Math.sqrt(n.asDouble());
        return String.format(Locale.ROOT, "%+.3f (%.3f)", mean.asDouble(), se);
    }

    private static String number(JsonNode value) {
        return value.isNumber() ? String.format(Locale.ROOT, "%.2f", value.asDouble()) : "-";
    }

    private static String signed(JsonNode value) {
        return value.isNumber() ? String.format(Locale.ROOT, "%+.2f", value.asDouble()) : "-";
    }
}
