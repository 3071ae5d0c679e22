package org.haven.survey.audit;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.haven.events.Actor;

import java.time.Instant;

/**
 * Who did what and when, without the event's content: the event's simple type name, its time as stored, its
 * actor, and for participant events the (pseudonymous) participant id. Payload fields never appear here.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AuditEntry(Instant time, String event, Actor actor, String participantId) {
}
