package org.haven.events.study;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

import java.time.Instant;

/** When a wave is open: a fixed period, a period relative to each participant's enrollment, or always. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
        @JsonSubTypes.Type(value = WaveWindow.Absolute.class, name = "absolute"),
        @JsonSubTypes.Type(value = WaveWindow.RelativeToEnrollment.class, name = "relative"),
        @JsonSubTypes.Type(value = WaveWindow.AlwaysOpen.class, name = "always")
})
public sealed interface WaveWindow {

    /** Open from {@code opensAt} (inclusive) to {@code closesAt} (exclusive). */
    record Absolute(Instant opensAt, Instant closesAt) implements WaveWindow {
        public Absolute {
            if (opensAt == null || closesAt == null || !opensAt.isBefore(closesAt)) {
                throw new IllegalArgumentException("an absolute wave window needs opensAt before closesAt");
            }
        }
    }

    /** Opens {@code offsetDays} after a participant's enrollment and stays open {@code lengthDays}. */
    record RelativeToEnrollment(int offsetDays, int lengthDays) implements WaveWindow {
        public RelativeToEnrollment {
            if (offsetDays < 0 || lengthDays < 1) {
                throw new IllegalArgumentException("a relative wave window needs offsetDays >= 0 and lengthDays >= 1");
            }
        }
    }

    /** Open at any time, e.g. for cross-sectional pilots. */
    record AlwaysOpen() implements WaveWindow {
    }
}
