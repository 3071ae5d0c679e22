package org.haven.instrument;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The one rule for the ids of instruments, subscales, items and composites: ASCII letters, digits and {@code _},
 * starting with a letter. They become column names of the batch's datasets and variable names in R, SPSS and
 * Stata, whose common ground this is; and an id that starts with a letter is never read as a formula by a
 * spreadsheet. The rule applies when an instrument is loaded or published, not when events are replayed: an
 * instrument published before it existed is still read.
 */
public final class InstrumentIds {

    public static final String RULE = "must start with a letter and contain only letters, digits and _";

    private InstrumentIds() {
    }

    public static boolean isValid(String id) {
        if (id == null || id.isEmpty() || !isLetter(id.charAt(0))) {
            return false;
        }
        for (int i = 1; i < id.length(); i++) {
            char c = id.charAt(i);
            if (!isLetter(c) && !(c >= '0' && c <= '9') && c != '_') {
                return false;
            }
        }
        return true;
    }

    /** Every id that breaks the rule, by its JSON path; blank ids are left to the validator's "has no id". */
    static List<InstrumentProblem> problems(Instrument instrument) {
        List<InstrumentProblem> problems = new ArrayList<>();
        check("instrument", "id", instrument.id(), problems);
        checkAll("subscale", "subscales", instrument.subscales(), Subscale::id, problems);
        checkAll("item", "items", instrument.items(), Item::id, problems);
        checkAll("composite", "composites", instrument.composites(), Composite::id, problems);
        return problems;
    }

    private static <T> void checkAll(String kind, String list, List<T> things, Function<T, String> id,
                                     List<InstrumentProblem> problems) {
        for (int i = 0; i < things.size(); i++) {
            check(kind, list + "[" + i + "].id", id.apply(things.get(i)), problems);
        }
    }

    private static void check(String kind, String path, String id, List<InstrumentProblem> problems) {
        if (id != null && !id.isBlank() && !isValid(id)) {
            problems.add(new InstrumentProblem(path, kind + " id '" + id + "' " + RULE));
        }
    }

    private static boolean isLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
}
