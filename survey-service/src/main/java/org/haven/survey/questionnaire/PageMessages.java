package org.haven.survey.questionnaire;

import org.haven.survey.participant.Stage;
import org.haven.events.participant.WithdrawalScope;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The words of every message page, in one place, in plain language ("round" rather than "wave"). */
public final class PageMessages {

    // The service does not know a participant's time zone; UTC said out loud beats a silently wrong local time.
    private static final DateTimeFormatter WHEN = DateTimeFormatter
            .ofPattern("EEEE d MMMM yyyy 'at' HH:mm 'UTC'", Locale.ENGLISH).withZone(ZoneOffset.UTC);

    static final PageMessage LINK_NOT_VALID = new PageMessage("Link not valid", "This link does not work",
            List.of("Please open the most recent personal link the research team sent you.",
                    "If it still does not work, contact the research team: they can send you a new link."), false);

    static final PageMessage EMAILS_STOPPED = new PageMessage("E-mails stopped", "You will get no more e-mails",
            List.of("We will not send you any more e-mails about this study.",
                    "You are still taking part: you can answer the questionnaire through your personal link"
                            + " whenever it is open.",
                    "If you also want to leave the study, open your personal link and choose to withdraw."), false);

    private PageMessages() {
    }

    public static String when(Instant instant) {
        return WHEN.format(instant);
    }

    /**
     * For every stage but OPEN, which shows the questionnaire itself. Withdrawal stays on offer after the last
     * wave too: leaving the answers out of the analyses is still the participant's choice then.
     */
    public static PageMessage forStage(Stage stage) {
        switch (stage.kind()) {
            case WITHDRAWN:
                return new PageMessage("Withdrawn", "You have withdrawn from this study",
                        List.of("We will not ask you to answer any more questionnaires. Thank you for your time."), false);
            case COMPLETED:
                return new PageMessage("Already submitted", "You have already submitted your answers",
                        List.of("You have answered every questionnaire of this study. There is nothing more to do.",
                                "Thank you for taking part."), true);
            case NOT_OPEN_YET:
                return notOpenYet(stage);
            case CLOSED:
                return new PageMessage("Questionnaire closed", "This questionnaire has closed",
                        List.of("Round " + stage.wave() + " closed"
                                        + (stage.closesAt() == null ? "." : " on " + when(stage.closesAt()) + "."),
                                "There are no more questionnaires for you in this study. Thank you for taking part."),
                        true);
            default:
                throw new IllegalArgumentException("stage " + stage.kind() + " shows the questionnaire");
        }
    }

    private static PageMessage notOpenYet(Stage stage) {
        String opens = "The next questionnaire (round " + stage.wave() + ") opens on " + when(stage.opensAt()) + ".";
        if (stage.submittedBefore()) {
            return new PageMessage("Already submitted", "You have already submitted your answers",
                    List.of("Your answers for round " + stage.lastSubmitted() + " are saved.", opens,
                            "Please open your personal link again then."), true);
        }
        return new PageMessage("Not open yet", "Your questionnaire is not open yet",
                List.of(opens, "Please open your personal link again then."), true);
    }

    /** The confirmation right after a submission; {@code next} is the stage that follows it. */
    public static PageMessage submitted(int wave, Stage next) {
        List<String> lines = new ArrayList<>();
        lines.add("Your answers for round " + wave + " are saved.");
        switch (next.kind()) {
            case OPEN:
                lines.add("Round " + next.wave() + " is open as well: you can answer it now.");
                break;
            case NOT_OPEN_YET:
                lines.add("The next questionnaire (round " + next.wave() + ") opens on " + when(next.opensAt())
                        + ". Please open your personal link again then.");
                break;
            default:
                lines.add("There are no more questionnaires for you in this study.");
        }
        if (next.kind() != Stage.Kind.OPEN) {
            lines.add("You can close this page now.");
        }
        return new PageMessage("Answers saved", "Thank you, your answers are saved", lines, false);
    }

    public static PageMessage withdrawn(WithdrawalScope scope) {
        String data = scope == WithdrawalScope.STOP_USING_COLLECTED_DATA
                ? "The answers you gave before will be left out of every analysis from now on."
                : "The answers you gave before stay in the study's analyses.";
        return new PageMessage("Withdrawal recorded", "You have withdrawn from this study",
                List.of("We will not ask you to answer any more questionnaires.", data,
                        "Thank you for the time you gave to this study."), false);
    }
}
