package org.haven.survey.draft;

import org.haven.survey.access.ParticipantPrincipal;
import org.haven.survey.participant.ParticipantDirectory.ParticipantRow;
import org.haven.survey.participant.Stage;
import org.haven.survey.participant.StageFinder;
import org.haven.survey.problem.ConflictException;
import org.haven.survey.problem.InvalidInputException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.Map;
import java.util.regex.Pattern;

/**
 * The questionnaire page saves the answers chosen so far here after each change, and reads them back when it
 * opens, so coming back with the same link finds them while the browser keeps none. Only for the wave open now.
 */
@RestController
class DraftController {

    record Draft(Integer wave, Map<String, Integer> answers) {
        @Override
        public String toString() {
            // Frameworks log request bodies at DEBUG: never the answers.
            return "Draft[wave=" + wave + ", " + (answers == null ? 0 : answers.size()) + " answers]";
        }
    }

    static final int MAX_ANSWERS = 1000;
    private static final Pattern ITEM_ID = Pattern.compile("[A-Za-z][A-Za-z0-9_]{0,63}");

    private final AnswerDrafts drafts;
    private final StageFinder stages;

    DraftController(AnswerDrafts drafts, StageFinder stages) {
        this.drafts = drafts;
        this.stages = stages;
    }

    @GetMapping(path = "/questionnaire/draft", produces = MediaType.APPLICATION_JSON_VALUE)
    Draft read(@RequestParam int wave, @AuthenticationPrincipal ParticipantPrincipal me) {
        ParticipantRow participant = ParticipantRow.of(me);
        Stage stage = stages.stageOf(participant);
        if (stage.kind() != Stage.Kind.OPEN || stage.wave().intValue() != wave) {
            return new Draft(wave, Map.of());
        }
        return new Draft(wave, drafts.find(participant.participantId(), wave).orElse(Map.of()));
    }

    @PutMapping(path = "/questionnaire/draft", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Void> save(@RequestBody Draft draft, @AuthenticationPrincipal ParticipantPrincipal me) {
        if (draft.wave() == null) {
            throw new InvalidInputException("wave", "required; reload the page");
        }
        Map<String, Integer> answers = draft.answers() == null ? Map.of() : draft.answers();
        if (answers.size() > MAX_ANSWERS) {
            throw new InvalidInputException("answers", "at most " + MAX_ANSWERS + " answers");
        }
        answers.forEach((item, value) -> {
            if (!ITEM_ID.matcher(item).matches()) {
                throw new InvalidInputException("answers", "an item id is not one of the questionnaire's");
            }
            if (value == null) {
                throw new InvalidInputException("answers." + item, "a whole number is required");
            }
        });
        ParticipantRow participant = ParticipantRow.of(me);
        Stage stage = stages.stageOf(participant);
        if (stage.kind() != Stage.Kind.OPEN || stage.wave().intValue() != draft.wave().intValue()) {
            throw new ConflictException("wave", "round " + draft.wave() + " is not open; reload the page");
        }
        if (answers.isEmpty()) {
            drafts.delete(participant.participantId(), draft.wave());
        } else {
            drafts.save(participant.participantId(), draft.wave(), answers, stage.closesAt());
        }
        return ResponseEntity.noContent().build();
    }
}
