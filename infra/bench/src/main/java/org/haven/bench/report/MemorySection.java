package org.haven.bench.report;

import java.util.List;

/** Peak heap of the batch under -Xmx1g by study size. */
final class MemorySection {

    private MemorySection() {
    }

    static void add(List<String> md, Results r) {
        md.add("## 3. Memory");
        md.add("");
        md.add("The same job under `-Xmx1g` (G1, `-Xlog:gc`), one topic per size, 10 waves each. Peak used = the highest "
                + "heap occupancy before a collection; peak after GC = the highest occupancy any collection left "
                + "(an upper bound of the live set: a young collection leaves old garbage in place); live set = the "
                + "highest occupancy after a full collection, which bench.sh requests every 2 s during the run "
                + "(`jcmd <pid> GC.run`), i.e. the live set's peak as sampled. The per-participant and per-event "
                + "columns divide the live set.");
        md.add("");
        md.add("| participants | events | completed | wall clock | peak used | peak after GC | live set (sampled) | live per participant | live per event |");
        md.add("|---|---|---|---|---|---|---|---|---|");
        for (String size : r.text("memory.sizes").split(",")) {
            if (size.isBlank()) {
                continue;
            }
            String p = "memory.p" + size.trim() + ".";
            double participants = Double.parseDouble(size.trim());
            // A run that died of OutOfMemoryError shows how far its heap got, not a completed peak.
            double events = r.number(p + "events");
            double afterGc = r.number(p + "peak_live_mb");
            double live = r.number(p + "sampled_live_mb");
            boolean completed = "yes".equals(r.text(p + "completed"));
            boolean sampled = completed && !Double.isNaN(live);
            md.add("| " + Format.number(participants) + " | " + Format.number(events) + " | " + r.text(p + "completed")
                    + " | " + Format.number(r.number(p + "seconds")) + " s | " + Format.number(r.number(p + "peak_used_mb"))
                    + " MB | " + Format.number(afterGc) + " MB | "
                    + (sampled ? Format.number(live) + " MB | " + Format.number(live * 1024 / participants) + " KB | "
                    + Format.number(live * 1048576 / events) + " B |"
                    : completed ? "— (no full collection) | — | — |" : "— (heap full) | — | — |"));
        }
        md.add("");
        growth(md, r);
        md.add("For comparison, the replay benchmark's run of the same job with `-Xmx12g`: peak used "
                + Format.number(r.number("memory.replay_12g.peak_used_mb")) + " MB, peak after GC "
                + Format.number(r.number("memory.replay_12g.peak_live_mb")) + " MB.");
        md.add("");
    }

    /** What one more participant costs: the live set's slope between the smallest and the largest size sampled. */
    private static void growth(List<String> md, Results r) {
        String[] sizes = r.text("memory.sizes").split(",");
        if (sizes.length < 2) {
            return;
        }
        String small = sizes[0].trim();
        String large = sizes[sizes.length - 1].trim();
        double liveSmall = r.number("memory.p" + small + ".sampled_live_mb");
        double liveLarge = r.number("memory.p" + large + ".sampled_live_mb");
        if (Double.isNaN(liveSmall) || Double.isNaN(liveLarge)) {
            return;
        }
        double participants = Double.parseDouble(large) - Double.parseDouble(small);
        double events = r.number("memory.p" + large + ".events") - r.number("memory.p" + small + ".events");
        md.add("From " + Format.number(Double.parseDouble(small)) + " to " + Format.number(Double.parseDouble(large))
                + " participants the live set grows by " + Format.number((liveLarge - liveSmall) * 1024 / participants)
                + " KB per additional participant (" + Format.number((liveLarge - liveSmall) * 1048576 / events)
                + " B per additional event, " + Format.number(events / participants)
                + " events per participant); the rest is the JVM, Spring and the job's "
                + "fixed state.");
        md.add("");
    }
}
