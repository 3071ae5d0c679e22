package org.haven.analytics.fold;

/** What the fold did with the events it was given, for progress and the manifest. */
public final class FoldCounts {

    private static final String PREFIX = "fold.count.";

    long read;
    long used;
    long otherStudies;
    long afterCutoff;
    long duplicates;

    /** Saves the counts with a chunk, so a restarted run reports the same totals. */
    public void saveTo(org.springframework.batch.item.ExecutionContext context) {
        context.putLong(PREFIX + "read", read);
        context.putLong(PREFIX + "used", used);
        context.putLong(PREFIX + "otherStudies", otherStudies);
        context.putLong(PREFIX + "afterCutoff", afterCutoff);
        context.putLong(PREFIX + "duplicates", duplicates);
    }

    public void restoreFrom(org.springframework.batch.item.ExecutionContext context) {
        read = context.getLong(PREFIX + "read", 0);
        used = context.getLong(PREFIX + "used", 0);
        otherStudies = context.getLong(PREFIX + "otherStudies", 0);
        afterCutoff = context.getLong(PREFIX + "afterCutoff", 0);
        duplicates = context.getLong(PREFIX + "duplicates", 0);
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
}
