package org.haven.instrument;

import java.util.List;
import java.util.Optional;

/**
 * The words an instrument is shown and described with, the same on the participant's page, in the report and
 * in the codebook: its own where it has them, otherwise words made from its scale (never an assumption about
 * what the scale measures, so a frequency scale is never called one of agreement).
 */
public final class InstrumentWording {

    private InstrumentWording() {
    }

    /** What heads the participant's page: the participant title, else the title. */
    public static String pageTitle(Instrument instrument) {
        return present(instrument.participantTitle()) ? instrument.participantTitle().strip() : instrument.title();
    }

    /**
     * What participants read before the items: the instrument's instructions, else how to answer on its one
     * scale ("For each statement, choose an answer from 1 (never) to 5 (always).").
     */
    public static String instructions(Instrument instrument) {
        if (present(instrument.instructions())) {
            return instrument.instructions().strip();
        }
        return onlyScale(List.of(instrument))
                .map(scale -> "For each statement, choose an answer from " + end(scale, scale.min()) + " to "
                        + end(scale, scale.max()) + ".")
                .orElse("For each statement, choose the answer that fits best.");
    }

    /**
     * The scale every item of these instruments is answered on, e.g. "the 1–5 frequency scale (1 = never,
     * 5 = always)"; empty when they use more than one scale (or differently worded ones).
     */
    public static Optional<String> scaleDescription(List<Instrument> instruments) {
        return onlyScale(instruments).map(scale -> "the " + scale.min() + "\u2013" + scale.max()
                + (present(scale.wording()) ? " " + scale.wording().strip() : "") + " scale"
                + labelled(scale));
    }

    /** The one scale (by range, labels and wording) the items of all these instruments use, if there is one. */
    private static Optional<Scale> onlyScale(List<Instrument> instruments) {
        List<Scale> used = instruments.stream()
                .flatMap(instrument -> instrument.items().stream().map(instrument::scaleOf))
                .map(scale -> new Scale("", scale.min(), scale.max(), scale.labels(), scale.wording()))
                .distinct().toList();
        return used.size() == 1 ? Optional.of(used.get(0)) : Optional.empty();
    }

    private static String labelled(Scale scale) {
        Optional<String> low = label(scale, scale.min());
        Optional<String> high = label(scale, scale.max());
        return low.isPresent() && high.isPresent()
                ? " (" + scale.min() + " = " + low.get() + ", " + scale.max() + " = " + high.get() + ")" : "";
    }

    private static String end(Scale scale, int value) {
        return label(scale, value).map(label -> value + " (" + label + ")").orElse(String.valueOf(value));
    }

    private static Optional<String> label(Scale scale, int value) {
        return scale.labels().stream().filter(label -> label.value() == value && present(label.label()))
                .map(label -> label.label().strip()).findFirst();
    }

    private static boolean present(String text) {
        return text != null && !text.isBlank();
    }
}
