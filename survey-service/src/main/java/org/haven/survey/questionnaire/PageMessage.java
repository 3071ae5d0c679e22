package org.haven.survey.questionnaire;

import java.util.List;

/**
 * A page that only tells something: the confirmation, "already submitted", "not open yet", a closed wave, the
 * end of the study, a withdrawal, a link that does not work. {@code withdrawLink}: whether to offer withdrawal.
 */
public record PageMessage(String title, String heading, List<String> lines, boolean withdrawLink) {
}
