package org.haven.analytics.syntax;

import java.util.List;

/** A list of names or values over several lines, so that no line of a syntax file grows with the instrument. */
final class NameList {

    static final int WIDTH = 100;

    private NameList() {
    }

    /**
     * The words joined with {@code separator}; where the next word would pass {@link #WIDTH} characters, the separator
     * (without its trailing blanks) is followed by {@code lineBreak} instead, e.g. {@code " ///\n    "} in Stata.
     *
     * @param firstLineUsed characters already on the first line before the list
     */
    static String wrap(List<String> words, String separator, String lineBreak, int firstLineUsed) {
        StringBuilder text = new StringBuilder();
        int line = firstLineUsed;
        String indent = lineBreak.substring(lineBreak.lastIndexOf('\n') + 1);
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            if (i > 0 && line + separator.length() + word.length() > WIDTH) {
                text.append(separator.stripTrailing()).append(lineBreak);
                line = indent.length();
            } else if (i > 0) {
                text.append(separator);
                line += separator.length();
            }
            text.append(word);
            line += word.length();
        }
        return text.toString();
    }
}
