package org.haven.survey.it;

/** A participant as the enrolment answer gives them: the id the events carry and the token they sign in with. */
public record Enrolled(String participantId, String token) {
}
