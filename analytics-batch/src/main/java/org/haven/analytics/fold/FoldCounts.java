package org.haven.analytics.fold;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/** What the fold did with the events it was given, for progress and the manifest. */
public final class FoldCounts {

    private static final String PREFIX = "fold.count.";
    private static final String EXCLUDED = PREFIX + "excludedRecords.";

    long read;
    long used;
    long otherStudies;
    long afterCutoff;
    long duplicates;
    /** Records left out before decoding, by reason; empty on a topic that holds only the service's records. */
    final Map<String, Long> excludedRecords = new TreeMap<>();

    /** Saves the counts with a chunk, so a restarted run reports the same totals. */
    public void saveTo(org.springframework.batch.item.ExecutionContext context) {
        context.putLong(PREFIX + "read", read);
        context.putLong(PREFIX + "used", used);
        context.putLong(PREFIX + "otherStudies", otherStudies);
        context.putLong(PREFIX + "afterCutoff", afterCutoff);
        context.putLong(PREFIX + "duplicates", duplicates);
        excludedRecords.forEach((reason, count) -> context.putLong(EXCLUDED + reason, count));
    }

    public void restoreFrom(org.springframework.batch.item.ExecutionContext context) {
        read = context.getLong(PREFIX + "read", 0);
        used = context.getLong(PREFIX + "used", 0);
        otherStudies = context.getLong(PREFIX + "otherStudies", 0);
        afterCutoff = context.getLong(PREFIX + "afterCutoff", 0);
        duplicates = context.getLong(PREFIX + "duplicates", 0);
        excludedRecords.clear();
        context.entrySet().stream().filter(entry -> entry.getKey().startsWith(EXCLUDED))
                .forEach(entry -> excludedRecords.put(entry.getKey().substring(EXCLUDED.length()),
                        ((Number) entry.getValue()).longValue()));
    }

    public long read() {
        return read;
    }

    public long used() {
        return used;
    }

    public long otherStudies() {
        return otherStudies;
    }

    public long afterCutoff() {
        return afterCutoff;
    }

    public long duplicates() {
        return duplicates;
    }

    /** Records left out before decoding, by reason. */
    public Map<String, Long> excludedRecords() {
        return Collections.unmodifiableMap(excludedRecords);
    }
}
