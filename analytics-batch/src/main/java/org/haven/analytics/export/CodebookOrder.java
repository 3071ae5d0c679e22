package org.haven.analytics.export;

import org.haven.instrument.Instrument;
import org.haven.instrument.Item;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The codebook's order (docs/data-formats.md): instrument versions by version number, then instrument id, and the
 * items of each in instrument order. codebook.csv and the columns of responses_wide.csv share it, so that a
 * reader can lay the two files side by side.
 */
public final class CodebookOrder {

    private static final Comparator<Instrument> BY_VERSION =
            Comparator.comparingInt(Instrument::version).thenComparing(Instrument::id);

    private CodebookOrder() {
    }

    public static List<Instrument> versions(List<Instrument> used) {
        return used.stream().sorted(BY_VERSION).toList();
    }

    /** The union of the item ids of every version, each once, at its first appearance in codebook order. */
    public static List<String> itemIds(List<Instrument> used) {
        Set<String> ids = new LinkedHashSet<>();
        for (Instrument instrument : versions(used)) {
            instrument.items().stream().map(Item::id).forEach(ids::add);
        }
        return new ArrayList<>(ids);
    }
}
