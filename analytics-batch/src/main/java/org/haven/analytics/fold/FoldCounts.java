package org.haven.analytics.fold;

/** What the fold did with the events it was given, for progress and the manifest. */
public final class FoldCounts {
    long read;
    long used;
    long otherStudies;
    long afterCutoff;
    long duplicates;

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
