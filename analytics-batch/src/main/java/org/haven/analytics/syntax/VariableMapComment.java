package org.haven.analytics.syntax;

import java.util.Map;

/** The variable-name map as comment lines, the same in each syntax file as in manifest.json's variableNames. */
final class VariableMapComment {

    private VariableMapComment() {
    }

    /**
     * @param end what ends each line: SPSS needs a period, or its comment runs on into the next command. Ids are
     *            shown in ASCII ({@code ?} for anything else), so that a comment never depends on the file's encoding;
     *            the manifest has them exactly.
     */
    static String lines(String commentPrefix, String end, SyntaxModel model) {
        if (model.mapped().isEmpty()) {
            return commentPrefix + "Variable names: every item id is its own variable name" + end + "\n";
        }
        StringBuilder lines = new StringBuilder();
        lines.append(commentPrefix).append("Variable names: these item ids are not variable names in R, SPSS and Stata alike")
                .append(end).append('\n')
                .append(commentPrefix).append("so they are mapped (manifest.json lists the same map under variableNames)")
                .append(end).append('\n')
                .append(commentPrefix).append("and every other item id is its own variable name; codebook.csv keeps the ids")
                .append(end).append('\n');
        for (Map.Entry<String, String> entry : model.mapped().entrySet()) {
            lines.append(commentPrefix).append("  ")
                    .append(SyntaxModel.oneLine(entry.getKey()).replaceAll("[^\\x20-\\x7e]", "?"))
                    .append(" -> ").append(entry.getValue()).append(end).append('\n');
        }
        return lines.toString();
    }
}
