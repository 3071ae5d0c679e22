package org.haven.survey.questionnaire;

import org.haven.survey.participant.Stage;
import org.haven.survey.participant.StageFinder;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.haven.survey.access.ParticipantPrincipal;
import org.haven.survey.participant.ParticipantDirectory.ParticipantRow;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.UUID;

/** The questionnaire of the participant's open wave, or the page that says why there is none. */
@Controller
class QuestionnairePageController {

    private final StageFinder stages;

    QuestionnairePageController(StageFinder stages) {
        this.stages = stages;
    }

    @GetMapping("/questionnaire")
    String questionnaire(@AuthenticationPrincipal ParticipantPrincipal principal, HttpServletRequest request,
                         Model model) {
        ParticipantRow me = ParticipantRow.of(principal);
        Stage stage = stages.stageOf(me);
        if (stage.kind() != Stage.Kind.OPEN) {
            model.addAttribute("message", PageMessages.forStage(stage));
            return "participant/message";
        }
        var instrument = stages.study(me).currentInstrument();
        if (instrument.isEmpty()) {
            model.addAttribute("message", new PageMessage("Not ready yet", "Your questionnaire is not ready yet",
                    java.util.List.of("Please try again later."), false));
            return "participant/message";
        }
        model.addAttribute("form", QuestionnaireForm.of(instrument.get()));
        model.addAttribute("wave", stage.wave());
        model.addAttribute("closesAt", stage.closesAt() == null ? null : PageMessages.when(stage.closesAt()));
        model.addAttribute("submissionId", submissionId(request.getSession(), stage.wave()));
        return "participant/questionnaire";
    }

    /**
     * The confirmation ends the page session unless another round is open right now, which the participant can
     * go on to at once: a submitted questionnaire leaves nothing that reopens the pages without the link.
     */
    @GetMapping("/questionnaire/submitted")
    String submitted(@RequestParam int wave, @AuthenticationPrincipal ParticipantPrincipal principal,
                     HttpServletRequest request, Model model) {
        ParticipantRow me = ParticipantRow.of(principal);
        if (!stages.hasSubmitted(me, wave)) {
            return "redirect:/questionnaire";
        }
        Stage next = stages.stageOf(me);
        model.addAttribute("message", PageMessages.submitted(wave, next));
        if (next.kind() == Stage.Kind.OPEN) {
            model.addAttribute("nextRound", next.wave());
        } else {
            request.getSession().invalidate();
            model.addAttribute("idleSeconds", null);
        }
        return "participant/message";
    }

    /**
     * One submission id per wave and session, fixed when the page is first shown: a double click or a retry
     * after a lost answer sends the same id, which the aggregate recognises instead of storing twice.
     */
    private static String submissionId(HttpSession session, int wave) {
        String key = "haven.submission-id." + wave;
        Object existing = session.getAttribute(key);
        if (existing instanceof String id) {
            return id;
        }
        String id = "web-" + UUID.randomUUID();
        session.setAttribute(key, id);
        return id;
    }
}
