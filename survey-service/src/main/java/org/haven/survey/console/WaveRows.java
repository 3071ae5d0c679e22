package org.haven.survey.console;

import org.haven.events.study.WaveWindow;

import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The waves of the create-study form, one row each: a kind (absolute, relative, always open, or left empty) and
 * the fields that kind needs. Absolute times are written as the study's local date-times. Each problem is keyed by
 * the field it names ({@code wave-1-opensAt}), so the page shows it next to that field.
 */
final class WaveRows {

    static final int FIRST_ROWS = 3;
    static final int MAX_ROWS = 100;

    /** One row as the form sent it, kept to show again when the form comes back with errors. */
    record Row(String type, String opensAt, String closesAt, String offsetDays, String lengthDays) {
    }

    private final List<Row> rows;

    private WaveRows(List<Row> rows) {
        this.rows = List.copyOf(rows);
    }

    static WaveRows empty(int count) {
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            rows.add(new Row("", "", "", "", ""));
        }
        return new WaveRows(rows);
    }

    static WaveRows of(List<String> types, List<String> opensAt, List<String> closesAt, List<String> offsetDays,
                       List<String> lengthDays) {
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < Math.min(types.size(), MAX_ROWS); i++) {
            rows.add(new Row(at(types, i), at(opensAt, i), at(closesAt, i), at(offsetDays, i), at(lengthDays, i)));
        }
        return new WaveRows(rows);
    }

    List<Row> rows() {
        return rows;
    }

    WaveRows withOneMore() {
        List<Row> more = new ArrayList<>(rows);
        if (more.size() < MAX_ROWS) {
            more.add(new Row("", "", "", "", ""));
        }
        return new WaveRows(more);
    }

    /** The windows of the filled rows in order; problems go to {@code errors} by field. */
    List<WaveWindow> windows(ZoneId zone, Map<String, String> errors) {
        List<WaveWindow> windows = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            String prefix = "wave-" + (i + 1) + "-";
            switch (row.type()) {
                case "" -> { }
                case "always" -> windows.add(new WaveWindow.AlwaysOpen());
                case "relative" -> {
                    Integer offset = whole(row.offsetDays(), prefix + "offsetDays", 0, errors);
                    Integer length = whole(row.lengthDays(), prefix + "lengthDays", 1, errors);
                    if (offset != null && length != null) {
                        windows.add(new WaveWindow.RelativeToEnrollment(offset, length));
                    }
                }
                case "absolute" -> {
                    LocalDateTime opens = local(row.opensAt(), prefix + "opensAt", errors);
                    LocalDateTime closes = local(row.closesAt(), prefix + "closesAt", errors);
                    if (opens != null && closes != null && zone != null) {
                        if (!opens.isBefore(closes)) {
                            errors.put(prefix + "closesAt", "must be after the opening time");
                        } else {
                            windows.add(new WaveWindow.Absolute(opens.atZone(zone).toInstant(),
                                    closes.atZone(zone).toInstant()));
                        }
                    }
                }
                default -> errors.put(prefix + "type", "choose absolute, relative or always open");
            }
        }
        if (windows.isEmpty() && errors.keySet().stream().noneMatch(field -> field.startsWith("wave-"))) {
            errors.put("waves", "a study needs at least one wave: choose the kind of the first row");
        }
        return windows;
    }

    private static Integer whole(String text, String field, int min, Map<String, String> errors) {
        try {
            int value = Integer.parseInt(text.strip());
            if (value >= min) {
                return value;
            }
        } catch (NumberFormatException notANumber) {
            // answered below
        }
        errors.put(field, "enter a whole number of days, at least " + min);
        return null;
    }

    private static LocalDateTime local(String text, String field, Map<String, String> errors) {
        try {
            return LocalDateTime.parse(text.strip());
        } catch (DateTimeException unreadable) {
            errors.put(field, "enter a date and time, e.g. 2027-03-01T09:00");
            return null;
        }
    }

    private static String at(List<String> values, int i) {
        return values != null && i < values.size() && values.get(i) != null ? values.get(i) : "";
    }

    static Map<String, String> newErrors() {
        return new LinkedHashMap<>();
    }
}
