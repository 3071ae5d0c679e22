package org.haven.survey.submission;

import io.swagger.v3.oas.annotations.media.Schema;
import org.haven.instrument.Instrument;
import org.haven.instrument.Item;
import org.haven.instrument.Scale;
import org.haven.instrument.ValueLabel;

import java.time.Instant;
import java.util.List;

/**
 * What a participant sees: the questionnaire of their open wave, or why there is none. Subscales and
 * reverse keys are left out on purpose: they are for researchers and could colour the answers.
 */
@Schema(description = "status OPEN: answer 'wave' now; NOT_OPEN_YET: come back at 'opensAt'; "
        + "CLOSED: 'wave' closed unanswered at 'closesAt' and none is open or to come; COMPLETED: nothing left to answer; WITHDRAWN: no more answers are taken")
public record QuestionnaireView(String status, Integer wave, Instant opensAt, Instant closesAt,
                                String instrumentId, Integer instrumentVersion, String title,
                                List<Question> questions) {

    public record Question(String itemId, String text, boolean required, int min, int max, List<ValueLabel> labels) {
        static Question of(Instrument instrument, Item item) {
            Scale scale = instrument.scaleOf(item);
            return new Question(item.id(), item.text(), item.required(), scale.min(), scale.max(), scale.labels());
        }
    }

    public static QuestionnaireView open(int wave, Instant closesAt, Instrument instrument) {
        return new QuestionnaireView("OPEN", wave, null, closesAt, instrument.id(), instrument.version(),
                instrument.title(), instrument.items().stream().map(item -> Question.of(instrument, item)).toList());
    }

    public static QuestionnaireView notOpenYet(int wave, Instant opensAt) {
        return new QuestionnaireView("NOT_OPEN_YET", wave, opensAt, null, null, null, null, List.of());
    }

    public static QuestionnaireView closed(int wave, Instant closesAt) {
        return new QuestionnaireView("CLOSED", wave, null, closesAt, null, null, null, List.of());
    }

    public static QuestionnaireView status(String status) {
        return new QuestionnaireView(status, null, null, null, null, null, null, List.of());
    }
}
