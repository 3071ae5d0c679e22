package org.haven.instrument;

import java.util.List;

/** A composite score: the mean of the listed subscale scores, defined only when all of them are present. */
public record Composite(String id, String description, List<String> subscales) {

    public Composite {
        subscales = subscales == null ? List.of() : List.copyOf(subscales);
    }
}
