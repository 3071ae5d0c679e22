package org.haven.analytics.report;

import org.haven.analytics.export.Manifest;
import org.haven.analytics.statistics.Statistic;
import org.haven.analytics.statistics.StatisticRow;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The rows of statistics.csv by statistic, subscale, item and wave, for the report's sections, remembering which
 * rows a section has shown so that the last section can list the rest.
 */
final class FigureIndex {

    private final List<StatisticRow> rows;
    private final Map<String, StatisticRow> byKey = new LinkedHashMap<>();
    private final Set<StatisticRow> shown = Collections.newSetFromMap(new IdentityHashMap<>());
    private final List<String> subscales;
    private final Set<String> composites;
    private final List<Integer> waves;

    FigureIndex(List<StatisticRow> rows, Manifest manifest) {
        this.rows = List.copyOf(rows);
        for (StatisticRow row : this.rows) {
            byKey.putIfAbsent(key(row.statistic(), row.subscale(), row.item(), row.wave()), row);
        }
        this.subscales = this.rows.stream().map(StatisticRow::subscale).filter(Objects::nonNull).distinct().toList();
        this.composites = manifest.composites().stream().map(Manifest.CompositeDefinition::id)
                .collect(Collectors.toSet());
        Set<Integer> allWaves = new TreeSet<>(manifest.waves());
        for (StatisticRow row : this.rows) {
            if (row.wave() != null && row.wave().matches("\\d+")) {
                allWaves.add(Integer.parseInt(row.wave()));
            }
        }
        this.waves = List.copyOf(allWaves);
    }

    List<StatisticRow> rows() {
        return rows;
    }

    /** Subscales and composites in statistics.csv order. */
    List<String> subscales() {
        return subscales;
    }

    List<Integer> waves() {
        return waves;
    }

    String label(String subscale) {
        return composites.contains(subscale) ? subscale + " (composite)" : subscale;
    }

    /** A per-wave figure's row. */
    StatisticRow row(Statistic statistic, String subscale, String item, int wave) {
        return byKey.get(key(statistic.csvName(), subscale, item, Integer.toString(wave)));
    }

    /** A first-last or all figure's row. */
    StatisticRow row(Statistic statistic, String subscale) {
        return byKey.get(key(statistic.csvName(), subscale, null, statistic.kind().wave()));
    }

    boolean has(Statistic statistic) {
        return rows.stream().anyMatch(statistic::names);
    }

    /** The cell of a row, marked as shown; an en dash when there is no row. */
    Cell cell(StatisticRow row) {
        return cell(row, false);
    }

    Cell cell(StatisticRow row, boolean weakest) {
        if (row == null) {
            return Cell.none();
        }
        shown.add(row);
        return Cell.of(row, weakest);
    }

    /** The value of a row, or null when there is no row or the figure is undefined. */
    static Double number(StatisticRow row) {
        if (row == null || row.value() == null) {
            return null;
        }
        double v = row.value().doubleValue();
        return Double.isFinite(v) ? v : null;
    }

    /** The item with the lowest item-total r of a subscale at a wave (the first in row order on ties). */
    StatisticRow weakest(String subscale, int wave) {
        String w = Integer.toString(wave);
        StatisticRow weakest = null;
        for (StatisticRow row : rows) {
            if (Statistic.ITEM_TOTAL_R.names(row) && subscale.equals(row.subscale()) && w.equals(row.wave())
                    && number(row) != null && (weakest == null || number(row) < number(weakest))) {
                weakest = row;
            }
        }
        return weakest;
    }

    /** The rows no section has shown yet, in statistics.csv order. */
    List<StatisticRow> unshown() {
        return rows.stream().filter(row -> !shown.contains(row)).toList();
    }

    private static String key(String statistic, String subscale, String item, String wave) {
        return nz(statistic) + '\u0000' + nz(subscale) + '\u0000' + nz(item) + '\u0000' + nz(wave);
    }

    private static String nz(String text) {
        return text == null ? "" : text;
    }
}
