package org.haven.analytics.export;

import org.haven.analytics.answers.Response;
import org.haven.instrument.Instrument;
import org.haven.instrument.Item;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What the two response files share: rows by pid then wave, and each response's answers checked against its version. */
final class AnsweredItems {

    private static final Comparator<Response> BY_PID_THEN_WAVE =
            Comparator.comparing(Response::pid).thenComparingInt(Response::wave);

    private AnsweredItems() {
    }

    /** Sorted by pid, then wave; two responses of one participant at one wave mean de-duplication was skipped. */
    static List<Response> byPidThenWave(List<Response> responses) {
        List<Response> sorted = responses.stream().sorted(BY_PID_THEN_WAVE).toList();
        for (int i = 1; i < sorted.size(); i++) {
            if (BY_PID_THEN_WAVE.compare(sorted.get(i - 1), sorted.get(i)) == 0) {
                throw new IllegalArgumentException("participant " + sorted.get(i).pid() + " has two responses at wave "
                        + sorted.get(i).wave() + "; de-duplicate before exporting");
            }
        }
        return sorted;
    }

    /**
     * The answered items in the instrument order of the version answered, raw values. An answer to an item the
     * version does not have is corrupted input: dropping it from a dataset silently would hide the fault.
     */
    static Map<String, Integer> inInstrumentOrder(Response response, Instrument version) {
        if (alreadyInOrder(response.answers(), version.items())) {
            return response.answers();
        }
        Map<String, Integer> ordered = new LinkedHashMap<>();
        for (Item item : version.items()) {
            Integer value = response.answers().get(item.id());
            if (value != null) {
                ordered.put(item.id(), value);
            }
        }
        if (ordered.size() != response.answers().size()) {
            String unknown = response.answers().keySet().stream().filter(id -> !ordered.containsKey(id)).sorted()
                    .findFirst().orElseThrow();
            throw new IllegalArgumentException("participant " + response.pid() + " wave " + response.wave() + ": item "
                    + unknown + " is not in " + version.id() + " v" + version.version());
        }
        return ordered;
    }

    /**
     * True when the answers already iterate in the version's item order with no item it lacks, as the batch's
     * compact answers do (numbered in instrument order): then they are used as they are, without a copy per
     * response.
     */
    private static boolean alreadyInOrder(Map<String, Integer> answers, List<Item> items) {
        int next = 0;
        for (String itemId : answers.keySet()) {
            while (next < items.size() && !items.get(next).id().equals(itemId)) {
                next++;
            }
            if (next == items.size()) {
                return false;
            }
            next++;
        }
        return true;
    }
}
