package org.haven.analytics.syntax;

import org.haven.analytics.syntax.SyntaxModel.ItemVariable;
import org.haven.instrument.ValueLabel;

import java.util.ArrayList;
import java.util.List;

/**
 * haven.do: Stata 16 or later (scores_long goes to a frame of its own). Written to Stata's documentation but never
 * run on Stata here: an approved copy guards it against unintended change. Columns are read by position and
 * renamed, so Stata's own handling of header names (lower-casing, renaming) plays no part.
 */
final class StataSyntax {

    static final String FILE_NAME = "haven.do";

    /** Stata keeps variable labels up to 80 characters. */
    private static final int VARIABLE_LABEL_CHARS = 80;

    private StataSyntax() {
    }

    static String text(SyntaxModel model) {
        StringBuilder stata = new StringBuilder();
        stata.append("""
                * haven.do: the datasets of one Haven run with their codebook, for Stata 16 or later.
                * Untested on Stata: written to its documentation, not run on it.
                * It reads responses_wide.csv and scores_long.csv from the working directory:
                *   cd "<run folder>"
                *   do haven.do
                * responses_wide is left in the default frame, scores_long in the frame scores_long.
                * Each reverse-keyed item has a copy <name>_r = min + max - value, ready for alpha.
                """);
        stata.append(VariableMapComment.lines("* ", "", model));
        stata.append("\nversion 16\n");
        List<String> names = new ArrayList<>(List.of("pid", "wave"));
        model.items().forEach(item -> names.add(item.name()));
        stata.append("import delimited using \"responses_wide.csv\", varnames(nonames) rowrange(2) delimiters(\",\") ///\n")
                .append("    bindquote(strict) encoding(\"utf-8\") stringcols(1) numericcols(2/").append(names.size())
                .append(") clear\n");
        stata.append(rename(names));
        stata.append("label variable pid \"Participant (pseudonym)\"\nlabel variable wave \"Wave\"\n");
        for (ItemVariable item : model.items()) {
            stata.append("label variable ").append(item.name()).append(' ')
                    .append(string(labelText(item.text(), item.reverse() ? " (reverse-keyed)" : ""))).append('\n');
        }
        for (int set = 0; set < model.labelSets().size(); set++) {
            String name = "haven_scale_" + (set + 1);
            stata.append("label define ").append(name);
            for (ValueLabel label : model.labelSets().get(set).labels()) {
                stata.append(" ///\n    ").append(label.value()).append(' ').append(string(label.label()));
            }
            stata.append(", replace\n");
            stata.append("label values ").append(NameList.wrap(model.namesLabelledWith(set), " ", " ///\n    ", 13))
                    .append(' ').append(name).append('\n');
        }
        for (ItemVariable item : model.items()) {
            if (item.reverse()) {
                stata.append("generate ").append(item.reversedName()).append(" = ").append(item.min() + item.max())
                        .append(" - ").append(item.name()).append('\n')
                        .append("label variable ").append(item.reversedName()).append(' ')
                        .append(string(labelText(item.text(),
                                " (reversed: " + (item.min() + item.max()) + " - " + item.name() + ")")))
                        .append('\n');
            }
        }
        stata.append("* save \"responses_wide.dta\", replace\n\n");
        scoresLong(model, stata);
        return stata.toString();
    }

    private static void scoresLong(SyntaxModel model, StringBuilder stata) {
        stata.append("""
                capture frame drop scores_long
                frame create scores_long
                frame scores_long {
                    import delimited using "scores_long.csv", varnames(nonames) rowrange(2) delimiters(",") ///
                        bindquote(strict) encoding("utf-8") stringcols(1 3) numericcols(2 4) clear
                    rename (v1 v2 v3 v4) (pid wave subscale_id score)
                """);
        stata.append("    label define haven_subscales");
        for (int i = 0; i < model.scoreIds().size(); i++) {
            stata.append(" ///\n        ").append(i + 1).append(' ').append(string(model.scoreIds().get(i)));
        }
        stata.append(", replace\n");
        stata.append("""
                    * noextend: a subscale this file does not know stops it
                    encode subscale_id, generate(subscale) label(haven_subscales) noextend
                    drop subscale_id
                    order pid wave subscale score
                    label variable pid "Participant (pseudonym)"
                    label variable wave "Wave"
                    label variable subscale "Subscale or composite"
                    label variable score "Score (mean of the keyed item values)"
                    * save "scores_long.dta", replace
                }
                """);
    }

    private static String rename(List<String> names) {
        List<String> from = java.util.stream.IntStream.rangeClosed(1, names.size()).mapToObj(i -> "v" + i).toList();
        return "rename (" + NameList.wrap(from, " ", " ///\n    ", 8) + ") ///\n    ("
                + NameList.wrap(names, " ", " ///\n    ", 5) + ")\n";
    }

    /** The text cut so that the mark after it fits Stata's 80 characters. */
    private static String labelText(String text, String mark) {
        int room = VARIABLE_LABEL_CHARS - mark.length();
        if (text.codePointCount(0, text.length()) > room) {
            text = text.substring(0, text.offsetByCodePoints(0, Math.max(0, room)));
        }
        return text + mark;
    }

    /**
     * A compound-quoted Stata string: {@code `"...."'} allows double quotes inside; $ and ` are escaped so that no
     * macro is expanded, and a "' inside would end the string, so it gets a space.
     */
    static String string(String text) {
        String escaped = text.replace("$", "\\$").replace("`", "\\`").replace("\"'", "\" '");
        return "`\"" + escaped + "\"'";
    }
}
