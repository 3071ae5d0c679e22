package org.haven.analytics.syntax;

import org.haven.analytics.syntax.SyntaxModel.ItemVariable;
import org.haven.instrument.ValueLabel;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * haven.sps: SPSS syntax that GNU PSPP runs too. Two datasets, {@code scores_long} and {@code responses_wide} (left
 * active). Every comment line ends with a period, or SPSS would read the next command as part of the comment.
 */
final class SpssSyntax {

    static final String FILE_NAME = "haven.sps";

    /** SPSS keeps variable labels up to 256 bytes and value labels up to 120; longer ones are cut with a warning. */
    private static final int VARIABLE_LABEL_BYTES = 255;
    private static final int VALUE_LABEL_BYTES = 120;
    /** String literals are split into pieces joined with + so that no line is long. */
    private static final int PIECE = 100;

    private SpssSyntax() {
    }

    static String text(SyntaxModel model) {
        StringBuilder sps = new StringBuilder();
        sps.append("""
                * Encoding: UTF-8.
                * haven.sps: the datasets of one Haven run with their codebook, for SPSS and GNU PSPP.
                * It reads responses_wide.csv and scores_long.csv from the current directory.
                * Run it with INSERT FILE='<run folder>/haven.sps' CD=YES, or after CD '<run folder>'.
                * It leaves two datasets: scores_long and responses_wide (the active one).
                * Empty cells (skipped items, missing scores) are system-missing; no value is a user-missing code.
                * Each reverse-keyed item has a copy <name>_r = min + max - value, ready for RELIABILITY.
                """);
        sps.append(VariableMapComment.lines("* ", ".", model));
        sps.append('\n');
        scoresLong(model, sps);
        sps.append('\n');
        responsesWide(model, sps);
        return sps.toString();
    }

    private static void scoresLong(SyntaxModel model, StringBuilder sps) {
        int subscaleWidth = Math.max(1, model.scoreIds().stream()
                .mapToInt(id -> id.getBytes(StandardCharsets.UTF_8).length).max().orElse(1));
        sps.append(getData("scores_long.csv", List.of("pid A16", "wave F8.0", "subscale A" + subscaleWidth,
                "score F40.16")));
        sps.append("""
                FORMATS score (F10.4).
                VARIABLE LABELS pid 'Participant (pseudonym)'
                  /wave 'Wave'
                  /subscale 'Subscale or composite'
                  /score 'Score (mean of the keyed item values)'.
                MISSING VALUES score ().
                VARIABLE LEVEL pid subscale (NOMINAL) /wave (ORDINAL) /score (SCALE).
                EXECUTE.
                DATASET NAME scores_long.
                * SAVE OUTFILE='scores_long.sav'.
                """);
    }

    private static void responsesWide(SyntaxModel model, StringBuilder sps) {
        List<String> variables = new ArrayList<>(List.of("pid A16", "wave F8.0"));
        for (ItemVariable item : model.items()) {
            variables.add(item.name() + " F" + width(item) + ".0");
        }
        sps.append(getData("responses_wide.csv", variables));
        sps.append("VARIABLE LABELS pid 'Participant (pseudonym)'\n  /wave 'Wave'");
        for (ItemVariable item : model.items()) {
            sps.append("\n  /").append(item.name()).append(' ').append(string(item.label(), VARIABLE_LABEL_BYTES));
        }
        sps.append(".\n");
        for (int set = 0; set < model.labelSets().size(); set++) {
            sps.append("VALUE LABELS ").append(NameList.wrap(model.namesLabelledWith(set), " ", "\n  ", 13));
            for (ValueLabel label : model.labelSets().get(set).labels()) {
                sps.append("\n  ").append(label.value()).append(' ').append(string(label.label(), VALUE_LABEL_BYTES));
            }
            sps.append(".\n");
        }
        List<String> items = model.items().stream().map(ItemVariable::name).toList();
        if (!items.isEmpty()) {
            sps.append("MISSING VALUES ").append(NameList.wrap(items, " ", "\n  ", 15)).append(" ().\n");
            sps.append("VARIABLE LEVEL pid (NOMINAL) /wave ").append(NameList.wrap(items, " ", "\n  ", 35))
                    .append(" (ORDINAL).\n");
        } else {
            sps.append("VARIABLE LEVEL pid (NOMINAL) /wave (ORDINAL).\n");
        }
        for (ItemVariable item : model.items()) {
            if (item.reverse()) {
                sps.append("COMPUTE ").append(item.reversedName()).append(" = ").append(item.min() + item.max())
                        .append(" - ").append(item.name()).append(".\n")
                        .append("FORMATS ").append(item.reversedName()).append(" (F").append(width(item)).append(".0).\n")
                        .append("VARIABLE LABELS ").append(item.reversedName()).append(' ')
                        .append(string(item.reversedLabel(), VARIABLE_LABEL_BYTES)).append(".\n")
                        .append("VARIABLE LEVEL ").append(item.reversedName()).append(" (ORDINAL).\n");
            }
        }
        sps.append("""
                EXECUTE.
                DATASET NAME responses_wide.
                * SAVE OUTFILE='responses_wide.sav'.
                """);
    }

    private static String getData(String file, List<String> variables) {
        return "GET DATA /TYPE=TXT\n  /FILE='" + file + "'\n  /ENCODING='UTF8'\n  /ARRANGEMENT=DELIMITED\n"
                + "  /DELCASE=LINE\n  /FIRSTCASE=2\n  /DELIMITERS=','\n  /QUALIFIER='\"'\n  /VARIABLES=\n    "
                + String.join("\n    ", variables) + ".\n";
    }

    /** Enough digits (and a sign) for every value of the item's scale. */
    private static int width(ItemVariable item) {
        return Math.max(String.valueOf(item.min()).length(), String.valueOf(item.max()).length());
    }

    /**
     * A quoted SPSS string, at most {@code maxBytes} of UTF-8 (cut between characters), in pieces joined with +;
     * a quote inside is doubled.
     */
    static String string(String text, int maxBytes) {
        String cut = cut(text, maxBytes);
        List<String> pieces = new ArrayList<>();
        int start = 0;
        while (start < cut.length()) {
            int end = cut.offsetByCodePoints(start, Math.min(PIECE, cut.codePointCount(start, cut.length())));
            pieces.add("'" + cut.substring(start, end).replace("'", "''") + "'");
            start = end;
        }
        return pieces.isEmpty() ? "''" : String.join(" +\n    ", pieces);
    }

    private static String cut(String text, int maxBytes) {
        int bytes = 0;
        int end = 0;
        while (end < text.length()) {
            int c = text.codePointAt(end);
            int size = new String(Character.toChars(c)).getBytes(StandardCharsets.UTF_8).length;
            if (bytes + size > maxBytes) {
                break;
            }
            bytes += size;
            end += Character.charCount(c);
        }
        return text.substring(0, end);
    }
}
