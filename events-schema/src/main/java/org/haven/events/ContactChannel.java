package org.haven.events;

import com.fasterxml.jackson.annotation.JsonProperty;

/** How a contact reached the participant; e-mail is the only channel so far. */
public enum ContactChannel {
    @JsonProperty("e-mail") EMAIL
}
