package org.haven.bench.ingest;

import org.haven.instrument.Instrument;
import org.haven.instrument.Item;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * A complete, valid ESTI answer set: every item answered within its 1..7 scale around a per-participant level,
 * reverse-keyed items mirrored. The values only need to pass the service's rules; the statistics of the
 * benchmark data are not looked at.
 */
public final class EstiAnswers {

    private final List<String> items;
    private final List<Boolean> reverse;

    public EstiAnswers(Instrument instrument) {
        this.items = instrument.items().stream().map(Item::id).toList();
        this.reverse = instrument.items().stream().map(Item::reverse).toList();
    }

    public Map<String, Integer> answers(long participant, int wave) {
        SplittableRandom random = new SplittableRandom(participant * 1_000 + wave);
        double level = 3 + new SplittableRandom(participant).nextDouble() * 2 + wave * 0.05;
        Map<String, Integer> answers = new LinkedHashMap<>();
        for (int i = 0; i < items.size(); i++) {
            int value = (int) Math.round(Math.max(1, Math.min(7, level + random.nextDouble(-1.5, 1.5))));
            answers.put(items.get(i), reverse.get(i) ? 8 - value : value);
        }
        return answers;
    }

    public int size() {
        return items.size();
    }
}
