package org.haven.analytics.statistics;

import org.haven.analytics.scoring.KeyedResponse;
import org.haven.analytics.scoring.ScoredStudy;
import org.haven.instrument.Instrument;
import org.haven.instrument.Item;

import java.util.List;

/**
 * Keyed item values of one subscale at one wave, complete cases only (as SPSS RELIABILITY): rows are the
 * participants, in pid order, who answered the wave's reliability version (the latest answered at that wave)
 * and every item of the subscale in it; columns are those items in instrument order.
 */
record ItemMatrix(List<String> itemIds, double[][] rows) {

    static ItemMatrix completeCases(ScoredStudy study, String subscale, int wave) {
        Instrument instrument = study.reliabilityInstrument(wave).orElse(null);
        if (instrument == null) {
            return new ItemMatrix(List.of(), new double[0][]);
        }
        List<String> itemIds = instrument.itemsOf(subscale).stream().map(Item::id).toList();
        double[][] rows = study.responsesAt(wave).stream()
                .filter(response -> response.instrument().equals(instrument))
                .filter(response -> response.keyedValues().keySet().containsAll(itemIds))
                .map(response -> row(response, itemIds))
                .toArray(double[][]::new);
        return new ItemMatrix(itemIds, rows);
    }

    private static double[] row(KeyedResponse response, List<String> itemIds) {
        return itemIds.stream().mapToDouble(id -> response.keyedValues().get(id)).toArray();
    }

    int n() {
        return rows.length;
    }

    int k() {
        return itemIds.size();
    }

    double[] column(int item) {
        double[] column = new double[rows.length];
        for (int r = 0; r < rows.length; r++) {
            column[r] = rows[r][item];
        }
        return column;
    }

    /** Each participant's sum of the items other than {@code item} (the "rest" score). */
    double[] restSums(int item) {
        double[] rest = new double[rows.length];
        for (int r = 0; r < rows.length; r++) {
            for (int c = 0; c < rows[r].length; c++) {
                rest[r] += c == item ? 0 : rows[r][c];
            }
        }
        return rest;
    }

    double[] totals() {
        return restSums(-1);
    }
}
