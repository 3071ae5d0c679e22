package org.haven.survey.importing;

/** Something in a row worth a look that does not stop it from being imported; never quotes the reference. */
public record ImportWarning(long line, String message) {
}
