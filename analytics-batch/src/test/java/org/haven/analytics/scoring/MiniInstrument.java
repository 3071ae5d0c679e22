package org.haven.analytics.scoring;

import org.haven.analytics.answers.Response;
import org.haven.instrument.Composite;
import org.haven.instrument.Instrument;
import org.haven.instrument.Item;
import org.haven.instrument.Scale;
import org.haven.instrument.Subscale;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A small instrument for hand calculations, scale 1..5 (so a reverse-keyed raw v scores 6 - v):
 * {@code calm} = calm_1, calm_2, calm_3r (reverse), k = 3, scored from 2 answered items;
 * {@code warmth} = warmth_1, warmth_2r (reverse), k = 2, scored only when both are answered;
 * composite {@code overall} = mean of calm and warmth.
 */
public final class MiniInstrument {

    public static final Scale FIVE = new Scale("five", 1, 5, List.of());

    private MiniInstrument() {
    }

    public static Instrument v1() {
        return new Instrument("mini", 1, "mini", List.of(FIVE),
                List.of(new Subscale("calm", "calm"), new Subscale("warmth", "warmth")),
                List.of(item("calm_1", "calm", false), item("calm_2", "calm", false), item("calm_3r", "calm", true),
                        item("warmth_1", "warmth", false), item("warmth_2r", "warmth", true)),
                List.of(new Composite("overall", "mean of calm and warmth", List.of("calm", "warmth"))));
    }

    /** Version 2 lists warmth first and adds calm_4 (k = 4, so 3 answered items are needed). */
    public static Instrument v2() {
        return new Instrument("mini", 2, "mini", List.of(FIVE),
                List.of(new Subscale("warmth", "warmth"), new Subscale("calm", "calm")),
                List.of(item("warmth_1", "warmth", false), item("warmth_2r", "warmth", true),
                        item("calm_1", "calm", false), item("calm_2", "calm", false), item("calm_3r", "calm", true),
                        item("calm_4", "calm", false)),
                List.of(new Composite("overall", "mean of calm and warmth", List.of("calm", "warmth"))));
    }

    /** An instrument whose only subscale has a single item. */
    public static Instrument solo() {
        return new Instrument("solo", 1, "solo", List.of(FIVE), List.of(new Subscale("hope", "hope")),
                List.of(item("hope_1", "hope", true)), List.of());
    }

    public static Item item(String id, String subscale, boolean reverse) {
        return new Item(id, subscale, id, reverse, "five", false);
    }

    /** A response from item id / raw value pairs; a null value is a skipped item. */
    public static Response response(String pid, int wave, Instrument instrument, Object... itemValuePairs) {
        Map<String, Integer> answers = new HashMap<>();
        for (int i = 0; i < itemValuePairs.length; i += 2) {
            if (itemValuePairs[i + 1] != null) {
                answers.put((String) itemValuePairs[i], (Integer) itemValuePairs[i + 1]);
            }
        }
        return new Response(pid, wave, instrument.id(), instrument.version(), answers);
    }

    /**
     * A v1 response giving calm's KEYED values (null = skipped): calm_3r is sent as the raw 6 - keyed value.
     * warmth is always answered 3 and 3 (raw warmth_2r 3 keys to 6 - 3 = 3), so warmth scores 3 throughout.
     */
    public static Response calm(String pid, int wave, Integer calm1, Integer calm2, Integer calm3Keyed) {
        return response(pid, wave, v1(), "calm_1", calm1, "calm_2", calm2,
                "calm_3r", calm3Keyed == null ? null : 6 - calm3Keyed, "warmth_1", 3, "warmth_2r", 3);
    }
}
