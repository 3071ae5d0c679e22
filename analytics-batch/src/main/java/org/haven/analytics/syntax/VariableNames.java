package org.haven.analytics.syntax;

import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One variable name per item id, valid in R, SPSS and Stata at once, so that a script shared between users of the
 * three packages speaks of the same variables. An id keeps its name when it already is one: letters, digits and
 * {@code _}, starting with a letter (the instrument id rule), at most {@value #MAX_BASE} characters so that its
 * reverse-keyed copy {@code <name>_r} stays within Stata's 32, not a word any of the three reserves, and distinct
 * from every other name and copy ignoring case (SPSS does). Otherwise it is mapped, and the map is published.
 */
public final class VariableNames {

    static final int MAX_BASE = 30;
    static final String REVERSED_SUFFIX = "_r";

    /** The columns the datasets already have before the items. */
    private static final List<String> DATASET_COLUMNS = List.of("pid", "wave");

    /**
     * SPSS's reserved keywords, R's reserved words and Stata's reserved names that start with a letter, compared
     * ignoring case: stricter than R and Stata need, never too lax for any of them.
     */
    private static final Set<String> RESERVED = Set.of(
            "all", "and", "by", "eq", "ge", "gt", "le", "lt", "ne", "not", "or", "to", "with",
            "if", "else", "repeat", "while", "function", "for", "next", "break", "true", "false", "null", "inf",
            "nan", "na", "na_integer_", "na_real_", "na_character_", "na_complex_", "in",
            "byte", "int", "long", "float", "double", "strl", "using");
    private static final Pattern STATA_STRING_TYPE = Pattern.compile("str[0-9]+");

    private final Map<String, String> names;
    private final Map<String, String> reversedNames;

    private VariableNames(Map<String, String> names, Map<String, String> reversedNames) {
        this.names = Collections.unmodifiableMap(names);
        this.reversedNames = Collections.unmodifiableMap(reversedNames);
    }

    /**
     * Names for {@code itemIds} in the given order; {@code reversed} says which of them get a reverse-keyed copy.
     * Earlier ids keep their names first, so the same instruments always give the same names.
     */
    public static VariableNames of(List<String> itemIds, Set<String> reversed) {
        Set<String> taken = new HashSet<>();
        DATASET_COLUMNS.forEach(column -> taken.add(folded(column)));
        Map<String, String> names = new LinkedHashMap<>();
        Map<String, String> reversedNames = new LinkedHashMap<>();
        for (String id : itemIds) {
            boolean copy = reversed.contains(id);
            String base = sanitized(id);
            String name = shortened(base, "");
            for (int n = 1; !free(name, copy, taken); n++) {
                name = shortened(base, "_" + n);
            }
            names.put(id, name);
            taken.add(folded(name));
            if (copy) {
                reversedNames.put(id, name + REVERSED_SUFFIX);
                taken.add(folded(name + REVERSED_SUFFIX));
            }
        }
        return new VariableNames(names, reversedNames);
    }

    /** The variable name of an item's column. */
    public String of(String itemId) {
        String name = names.get(itemId);
        if (name == null) {
            throw new IllegalArgumentException("no variable for item " + itemId);
        }
        return name;
    }

    /** The variable name of an item's reverse-keyed copy. */
    public String reversedOf(String itemId) {
        String name = reversedNames.get(itemId);
        if (name == null) {
            throw new IllegalArgumentException("item " + itemId + " has no reverse-keyed copy");
        }
        return name;
    }

    /** Item id to variable name, only for the ids that are not their own name; empty for the usual instrument. */
    public Map<String, String> mapped() {
        Map<String, String> mapped = new LinkedHashMap<>();
        names.forEach((id, name) -> {
            if (!id.equals(name)) {
                mapped.put(id, name);
            }
        });
        return Collections.unmodifiableMap(mapped);
    }

    private static boolean free(String name, boolean copy, Set<String> taken) {
        String folded = folded(name);
        return !taken.contains(folded) && !RESERVED.contains(folded) && !STATA_STRING_TYPE.matcher(folded).matches()
                && !(copy && taken.contains(folded(name + REVERSED_SUFFIX)));
    }

    /** Letters, digits and {@code _} only, starting with a letter: an id published before the id rule may not be. */
    private static String sanitized(String id) {
        StringBuilder name = new StringBuilder(id.length() + 1);
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            boolean ascii = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
            name.append(ascii ? c : '_');
        }
        char first = name.isEmpty() ? '_' : name.charAt(0);
        if (!((first >= 'a' && first <= 'z') || (first >= 'A' && first <= 'Z'))) {
            name.insert(0, 'v');
        }
        return name.toString();
    }

    private static String shortened(String base, String suffix) {
        int room = MAX_BASE - suffix.length();
        return (base.length() > room ? base.substring(0, room) : base) + suffix;
    }

    private static String folded(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
