package org.haven.analytics.report;

import org.haven.analytics.contacts.ContactsCsv;
import org.haven.analytics.statistics.CsvNumbers;

import java.util.List;

/**
 * The "Contacts and responses" section: contacts.csv's rows in words, wave by wave, so a researcher sees how many
 * answered without a reminder and after each one. Values are contacts.csv's, in {@code data-value} too.
 */
record ContactsSection(List<Line> lines) {

    record Line(int wave, String label, String value) {
    }

    static ContactsSection of(List<ContactsCsv.Row> rows) {
        return new ContactsSection(rows.stream()
                .map(row -> new Line(row.wave(), label(row), CsvNumbers.format(row.value())))
                .toList());
    }

    private static String label(ContactsCsv.Row row) {
        return switch (row.measure()) {
            case "invited" -> "Invited";
            case "reminded" -> "Reminder " + row.ordinal() + " sent";
            case "responded" -> row.ordinal() == 0 ? "Answered without a reminder"
                    : "Answered after reminder " + row.ordinal();
            case "failed" -> "Address refused by the mail server";
            case "opted_out" -> "Stopped the e-mails";
            case "median_days_to_response" -> "Median days from invitation to answer";
            default -> row.measure();
        };
    }
}
