package org.haven.analytics.syntax;

import org.haven.analytics.syntax.SyntaxModel.ItemVariable;
import org.haven.instrument.ValueLabel;

import java.util.ArrayList;
import java.util.List;

/**
 * haven.R: base R only. Item columns are doubles carrying the attributes the haven and labelled packages read
 * ({@code label}, {@code labels}, class {@code haven_labelled}); base R treats them as numbers. Non-ASCII
 * characters are written as {@code \\u} escapes, so the file reads the same in any R locale.
 */
final class RSyntax {

    static final String FILE_NAME = "haven.R";

    private RSyntax() {
    }

    static String text(SyntaxModel model) {
        StringBuilder r = new StringBuilder();
        r.append("""
                # haven.R: the datasets of one Haven run with their codebook, in base R (no package needed).
                # It reads responses_wide.csv and scores_long.csv from the folder it is in:
                #   Rscript haven.R            or, in R,   source("<run folder>/haven.R")
                # and leaves two data frames, responses_wide and scores_long.
                #
                # Item columns are numbers with the attributes the haven and labelled packages read: "label" (the
                # item's text, reverse-keyed items marked) and "labels" (the scale's value labels, a named vector),
                # class "haven_labelled". Base R treats them as plain numbers; with haven loaded, haven::as_factor()
                # turns one into a factor. Base R's [ drops the attributes of a subset; haven's methods keep them.
                # Each reverse-keyed item has a copy <name>_r = min + max - value, ready for psych::alpha() or a
                # hand-made Cronbach's alpha. scores_long$subscale is a factor: subscales, then composites, in
                # instrument order.
                #
                """);
        r.append(VariableMapComment.lines("# ", ".", model));
        r.append("""

                haven_folder <- local({
                  sourced <- tryCatch(sys.frame(1)$ofile, error = function(e) NULL)
                  script <- sub("^--file=", "", grep("^--file=", commandArgs(FALSE), value = TRUE))
                  if (!is.null(sourced)) dirname(sourced) else if (length(script) == 1) dirname(script) else getwd()
                })
                haven_read <- function(file, classes, columns) {
                  data <- utils::read.csv(file.path(haven_folder, file), colClasses = classes, na.strings = "",
                                          check.names = FALSE, encoding = "UTF-8", strip.white = FALSE)
                  if (!identical(names(data), columns)) stop(file, " does not have the columns haven.R was written for")
                  data
                }
                haven_item <- function(x, label, labels = NULL) {
                  structure(as.double(x), label = label, labels = labels, class = c("haven_labelled", "vctrs_vctr", "double"))
                }
                haven_reversed <- function(x, min_plus_max, label) structure(min_plus_max - as.double(x), label = label)
                """);
        for (int i = 0; i < model.labelSets().size(); i++) {
            List<ValueLabel> labels = model.labelSets().get(i).labels();
            r.append("haven_labels_").append(i + 1).append(" <- stats::setNames(")
                    .append(vector(labels.stream().map(label -> String.valueOf(label.value())).toList(), false))
                    .append(",\n  ").append(vector(labels.stream().map(ValueLabel::label).toList())).append(")\n");
        }

        List<String> columns = new ArrayList<>(List.of("pid", "wave"));
        List<String> names = new ArrayList<>(List.of("pid", "wave"));
        for (ItemVariable item : model.items()) {
            columns.add(SyntaxModel.headerCell(item.id()));
            names.add(item.name());
        }
        r.append("\nresponses_wide <- haven_read(\"responses_wide.csv\", c(\"character\", \"integer\", rep(\"integer\", ")
                .append(model.items().size()).append(")),\n  ").append(vector(columns)).append(")\n");
        if (!model.mapped().isEmpty()) {
            r.append("names(responses_wide) <- ").append(vector(names)).append('\n');
        }
        r.append("attr(responses_wide$pid, \"label\") <- \"Participant (pseudonym)\"\n");
        r.append("attr(responses_wide$wave, \"label\") <- \"Wave\"\n");
        for (ItemVariable item : model.items()) {
            r.append("responses_wide$").append(item.name()).append(" <- haven_item(responses_wide$").append(item.name())
                    .append(", ").append(string(item.label()));
            if (item.labelSet() >= 0) {
                r.append(", haven_labels_").append(item.labelSet() + 1);
            }
            r.append(")\n");
        }
        for (ItemVariable item : model.items()) {
            if (item.reverse()) {
                r.append("responses_wide$").append(item.reversedName()).append(" <- haven_reversed(responses_wide$")
                        .append(item.name()).append(", ").append(item.min() + item.max()).append(", ")
                        .append(string(item.reversedLabel())).append(")\n");
            }
        }
        r.append("""

                scores_long <- haven_read("scores_long.csv", c("character", "integer", "character", "numeric"),
                  c("pid", "wave", "subscale", "score"))
                """);
        r.append("scores_long$subscale <- factor(scores_long$subscale, levels = ").append(vector(model.scoreIds()))
                .append(")\n");
        r.append("""
                if (anyNA(scores_long$subscale)) stop("scores_long.csv has a subscale haven.R does not know")
                attr(scores_long$pid, "label") <- "Participant (pseudonym)"
                attr(scores_long$wave, "label") <- "Wave"
                attr(scores_long$subscale, "label") <- "Subscale or composite"
                attr(scores_long$score, "label") <- "Score (mean of the keyed item values)"
                """);
        r.append("rm(").append(NameList.wrap(helpers(model), ", ", "\n  ", 3)).append(")\n");
        r.append("""

                # To keep them as R files:
                # saveRDS(responses_wide, "responses_wide.rds"); saveRDS(scores_long, "scores_long.rds")
                """);
        return r.toString();
    }

    private static List<String> helpers(SyntaxModel model) {
        List<String> helpers = new ArrayList<>(List.of("haven_folder", "haven_read", "haven_item", "haven_reversed"));
        for (int i = 0; i < model.labelSets().size(); i++) {
            helpers.add("haven_labels_" + (i + 1));
        }
        return helpers;
    }

    private static String vector(List<String> strings) {
        return vector(strings, true);
    }

    private static String vector(List<String> values, boolean strings) {
        List<String> elements = strings ? values.stream().map(RSyntax::string).toList() : values;
        return "c(" + NameList.wrap(elements, ", ", "\n  ", 40) + ")";
    }

    /** An R string literal: backslash and quote escaped, anything outside printable ASCII as a \\u escape. */
    static String string(String text) {
        StringBuilder literal = new StringBuilder("\"");
        text.codePoints().forEach(c -> {
            if (c == '"' || c == '\\') {
                literal.append('\\').append((char) c);
            } else if (c >= 0x20 && c < 0x7f) {
                literal.append((char) c);
            } else if (c <= 0xffff) {
                literal.append(String.format("\\u%04x", c));
            } else {
                literal.append(String.format("\\U{%x}", c));
            }
        });
        return literal.append('"').toString();
    }
}
