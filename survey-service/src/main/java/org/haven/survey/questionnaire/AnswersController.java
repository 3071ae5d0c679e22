package org.haven.survey.questionnaire;

import org.haven.survey.participant.StageFinder;
import org.haven.instrument.Instrument;
import org.haven.survey.access.ParticipantPrincipal;
import org.haven.survey.draft.AnswerDrafts;
import org.haven.survey.participant.ParticipantDirectory.ParticipantRow;
import org.haven.survey.problem.InvalidInputException;
import org.haven.survey.submission.SubmissionResult;
import org.haven.survey.submission.Submissions;
import org.haven.survey.submission.SubmitQuestionnaire;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.util.Map;

/**
 * The page's submit: the same {@link SubmitQuestionnaire} command as the JSON API, as a WEB submission. It
 * takes JSON from the page's script (with the CSRF token in a header), and rejections come back as the API's
 * problem details, whose {@code errors} name {@code answers.<item>} so the page shows them next to the question.
 */
@RestController
class AnswersController {

    /** The instrument the page showed, so a version published meanwhile cannot change what the answers mean. */
    record PageAnswers(String submissionId, Integer wave, String instrumentId, Integer instrumentVersion,
                       Map<String, Integer> answers) {
        @Override
        public String toString() {
            // Frameworks log request bodies at DEBUG: never the answers.
            return "PageAnswers[submissionId=" + submissionId + ", wave=" + wave + ", "
                    + (answers == null ? 0 : answers.size()) + " answers]";
        }
    }

    private final StageFinder stages;
    private final Submissions submissions;
    private final Clock clock;
    private final AnswerDrafts drafts;

    AnswersController(StageFinder stages, Submissions submissions, Clock clock, AnswerDrafts drafts) {
        this.stages = stages;
        this.submissions = submissions;
        this.clock = clock;
        this.drafts = drafts;
    }

    @PostMapping(path = "/questionnaire/answers", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<SubmissionResult> submit(@RequestBody PageAnswers page,
                                            @AuthenticationPrincipal ParticipantPrincipal me) {
        if (page.wave() == null || page.instrumentId() == null || page.instrumentVersion() == null
                || page.submissionId() == null) {
            throw new InvalidInputException("wave", "the page sent an incomplete submission; reload it");
        }
        ParticipantRow participant = ParticipantRow.of(me);
        SubmissionResult result = submissions.submit(() -> {
            Instrument instrument = stages.study(participant).instrument(page.instrumentId(), page.instrumentVersion())
                    .orElseThrow(() -> new InvalidInputException("instrumentVersion",
                            "this questionnaire was replaced by a newer version; reload the page"));
            return SubmitQuestionnaire.web(participant.participantId(), page.wave(), instrument,
                    page.answers() == null ? Map.of() : page.answers(), page.submissionId(), clock.instant(), null);
        });
        // the submission's event deleted the draft already; this also catches a draft save that raced with it
        drafts.delete(participant.participantId(), page.wave());
        return ResponseEntity.status(result.newlyStored() ? HttpStatus.CREATED : HttpStatus.OK).body(result);
    }
}
