package org.haven.bench.report;

/** A figure with its target: reached when at least (or at most) the bound. A missing figure never passes. */
public record Target(String what, double value, String unit, double bound, boolean atLeast) {

    public String verdict() {
        if (Double.isNaN(value)) {
            return "not measured";
        }
        return (atLeast ? value >= bound : value <= bound) ? "reached" : "**missed**";
    }

    public String row() {
        return "| " + what + " | " + Format.number(value) + " " + unit + " | " + (atLeast ? "≥ " : "≤ ")
                + Format.number(bound) + " " + unit + " | " + verdict() + " |";
    }
}
