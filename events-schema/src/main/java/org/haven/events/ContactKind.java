package org.haven.events;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Which of a wave's contacts a mail is: the invitation when the wave opens, a numbered reminder while it is
 * open and unanswered, or the last reminder shortly before it closes.
 */
public enum ContactKind {
    @JsonProperty("invitation") INVITATION,
    @JsonProperty("reminder") REMINDER,
    @JsonProperty("last-reminder") LAST_REMINDER
}
