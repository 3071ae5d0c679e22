package org.haven.analytics.syntax;

import org.haven.analytics.export.CodebookOrder;
import org.haven.analytics.scoring.InstrumentVersions;
import org.haven.analytics.scoring.ScoreIds;
import org.haven.analytics.statistics.CsvText;
import org.haven.instrument.Instrument;
import org.haven.instrument.Item;
import org.haven.instrument.Scale;
import org.haven.instrument.ValueLabel;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the three syntax files declare, the same for each: the columns of responses_wide.csv in order, each item
 * with its variable name, label, scale and reverse-keyed copy, the value label sets, and the levels of
 * scores_long.csv's {@code subscale} column. With several instrument versions an item's wording, scale and keying
 * come from the latest version that has it: the wide file carries no version.
 *
 * @param labelSets the distinct value label lists of the items' scales, in order of first use
 * @param scoreIds  the {@code subscale} values of scores_long.csv, in its order (subscales, then composites)
 */
public record SyntaxModel(List<ItemVariable> items, List<LabelSet> labelSets, List<String> scoreIds,
                          Map<String, String> mapped) {

    public SyntaxModel {
        items = List.copyOf(items);
        labelSets = List.copyOf(labelSets);
        scoreIds = List.copyOf(scoreIds);
        mapped = Collections.unmodifiableMap(new LinkedHashMap<>(mapped));
    }

    /**
     * One item column.
     *
     * @param reversedName the name of its reverse-keyed copy ({@code min + max - value}); null when not reverse-keyed
     * @param labelSet     index into {@link #labelSets()}, or -1 when its scale has no labels
     */
    public record ItemVariable(String id, String name, String reversedName, String text, int min, int max,
                               int labelSet) {

        public boolean reverse() {
            return reversedName != null;
        }

        /** The item's text, marked when reverse-keyed. */
        public String label() {
            return reverse() ? text + " (reverse-keyed)" : text;
        }

        /** The label of the reverse-keyed copy, saying how it was computed. */
        public String reversedLabel() {
            return text + " (reversed: " + (min + max) + " - " + name + ")";
        }
    }

    /** The value labels of a scale, as ascending values with their labels. */
    public record LabelSet(List<ValueLabel> labels) {

        public LabelSet {
            labels = List.copyOf(labels);
        }
    }

    /** The variable names of the items whose scale has the value labels {@code labelSets().get(set)}. */
    public List<String> namesLabelledWith(int set) {
        return items.stream().filter(item -> item.labelSet() == set).map(ItemVariable::name).toList();
    }

    public static SyntaxModel of(List<Instrument> used) {
        List<Instrument> latestFirst = new ArrayList<>(new InstrumentVersions(used).all());
        Collections.reverse(latestFirst);
        List<String> ids = CodebookOrder.itemIds(used);
        Set<String> reversed = new LinkedHashSet<>();
        List<Definition> definitions = new ArrayList<>();
        for (String id : ids) {
            Definition definition = latestDefinition(id, latestFirst);
            definitions.add(definition);
            if (definition.item().reverse()) {
                reversed.add(id);
            }
        }
        VariableNames names = VariableNames.of(ids, reversed);
        List<LabelSet> labelSets = new ArrayList<>();
        List<ItemVariable> items = new ArrayList<>();
        for (Definition definition : definitions) {
            Item item = definition.item();
            Scale scale = definition.scale();
            int labelSet = -1;
            if (!scale.labels().isEmpty()) {
                LabelSet set = new LabelSet(scale.labels().stream()
                        .map(label -> new ValueLabel(label.value(), oneLine(label.label()))).toList());
                labelSet = labelSets.indexOf(set);
                if (labelSet < 0) {
                    labelSets.add(set);
                    labelSet = labelSets.size() - 1;
                }
            }
            items.add(new ItemVariable(item.id(), names.of(item.id()),
                    item.reverse() ? names.reversedOf(item.id()) : null, oneLine(item.text()), scale.min(),
                    scale.max(), labelSet));
        }
        List<String> scoreIds = ScoreIds.of(new InstrumentVersions(used)).all().stream().map(CsvText::cell).toList();
        return new SyntaxModel(items, labelSets, scoreIds, names.mapped());
    }

    private record Definition(Item item, Scale scale) {
    }

    private static Definition latestDefinition(String itemId, List<Instrument> latestFirst) {
        for (Instrument instrument : latestFirst) {
            var item = instrument.item(itemId);
            if (item.isPresent()) {
                return new Definition(item.get(), instrument.scaleOf(item.get()));
            }
        }
        throw new IllegalArgumentException("item " + itemId + " is in no instrument version");
    }

    /** An item's column name as responses_wide.csv's header row has it. */
    static String headerCell(String itemId) {
        return CsvText.cell(itemId);
    }

    /** A label is one line in every package: line breaks and other control characters become spaces. */
    static String oneLine(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder line = new StringBuilder(text.length());
        text.codePoints().forEach(c -> line.appendCodePoint(Character.isISOControl(c) ? ' ' : c));
        return line.toString().strip();
    }
}
