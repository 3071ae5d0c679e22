package org.haven.analytics.replay;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Records an operator has set aside knowingly, by position, each with the reason given: a run never looks at
 * them and names them in its manifest. Written one per line as {@code partition:offset reason}; blank lines and
 * lines starting with {@code #} are ignored. Offsets belong to one topic: a rebuilt topic needs a new list.
 */
public final class Quarantine {

    public static final Quarantine NONE = new Quarantine(Map.of());

    private static final Pattern LINE = Pattern.compile("(\\d{1,9}):(\\d{1,18})\\s+(\\S.*)");

    /** Reason by position {@code partition:offset}. */
    private final Map<String, String> reasons;

    private Quarantine(Map<String, String> reasons) {
        this.reasons = Collections.unmodifiableMap(new TreeMap<>(reasons));
    }

    /** Reads the lines of a quarantine file; an IllegalArgumentException names the first bad line. */
    public static Quarantine parse(List<String> lines) {
        Map<String, String> reasons = new TreeMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            Matcher entry = LINE.matcher(line);
            if (!entry.matches()) {
                throw new IllegalArgumentException("line " + (i + 1) + " '" + line + "' is not 'partition:offset reason'"
                        + " (e.g. '0:1234 truncated record written by hand')");
            }
            String position = Integer.parseInt(entry.group(1)) + ":" + Long.parseLong(entry.group(2));
            if (reasons.put(position, entry.group(3).strip()) != null) {
                throw new IllegalArgumentException("line " + (i + 1) + " names record " + position + " a second time");
            }
        }
        return new Quarantine(reasons);
    }

    /** The reason the record at this position was set aside, or null when it was not. */
    public String reasonFor(int partition, long offset) {
        return reasons.isEmpty() ? null : reasons.get(partition + ":" + offset);
    }

    /** Reason by position {@code partition:offset}. */
    public Map<String, String> reasons() {
        return reasons;
    }
}
