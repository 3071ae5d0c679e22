package org.haven.analytics.fold;

/** Why a participant is left out of every output, whenever it happened (also after the cutoff). */
public enum Exclusion {
    /** ParticipantErased: the data key was destroyed. */
    ERASED("erased"),
    /** ConsentWithdrawn with scope "also stop using collected data". */
    WITHDREW_DATA("withdrew_use_of_collected_data");

    private final String label;

    Exclusion(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
