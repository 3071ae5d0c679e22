package org.haven.analytics.statistics;

import java.util.List;
import java.util.Objects;

/** Finds one row of a computed statistics table by its key, for tests. */
final class RowLookup {

    private final List<StatisticRow> rows;

    RowLookup(List<StatisticRow> rows) {
        this.rows = rows;
    }

    Number value(String statistic, String subscale, String wave) {
        return value(statistic, subscale, null, wave);
    }

    Number value(String statistic, String subscale, String item, String wave) {
        List<StatisticRow> matches = rows.stream()
                .filter(row -> row.statistic().equals(statistic) && row.subscale().equals(subscale)
                        && Objects.equals(row.item(), item) && row.wave().equals(wave))
                .toList();
        if (matches.size() != 1) {
            throw new AssertionError(matches.size() + " rows for " + statistic + " " + subscale + " " + item + " " + wave);
        }
        return matches.get(0).value();
    }

    double number(String statistic, String subscale, String wave) {
        return number(statistic, subscale, null, wave);
    }

    double number(String statistic, String subscale, String item, String wave) {
        Number value = value(statistic, subscale, item, wave);
        if (!(value instanceof Double number)) {
            throw new AssertionError(statistic + " " + subscale + " " + item + " " + wave + " is " + value + ", not a Double");
        }
        return number;
    }
}
