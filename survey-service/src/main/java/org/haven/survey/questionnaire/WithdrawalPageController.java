package org.haven.survey.questionnaire;

import jakarta.servlet.http.HttpServletRequest;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.haven.events.Actor;
import org.haven.events.participant.WithdrawalScope;
import org.haven.survey.participant.ParticipantDirectory.ParticipantRow;
import org.haven.survey.participant.ParticipantStatus;
import org.haven.survey.participant.WithdrawConsent;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.Optional;

/**
 * Withdrawal in three steps: choose how far it reaches, confirm, done. Plain HTML forms (with Spring Security's
 * CSRF token), so it works without the questionnaire's script.
 */
@Controller
class WithdrawalPageController {

    private final PageSessions sessions;
    private final CommandGateway commands;

    WithdrawalPageController(PageSessions sessions, CommandGateway commands) {
        this.sessions = sessions;
        this.commands = commands;
    }

    @GetMapping("/withdrawal")
    String choose(@RequestParam(required = false) WithdrawalScope scope, HttpServletRequest request, Model model) {
        Optional<ParticipantRow> me = sessions.participant(request);
        if (me.isEmpty()) {
            return "redirect:/p/not-valid";
        }
        if (me.get().status() == ParticipantStatus.WITHDRAWN_DATA_EXCLUDED) {
            return "redirect:/withdrawal/done";
        }
        model.addAttribute("scope", scope);
        return "participant/withdrawal";
    }

    @PostMapping(path = "/withdrawal/review", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
    String review(@RequestParam(required = false) WithdrawalScope scope, HttpServletRequest request, Model model) {
        if (sessions.participant(request).isEmpty()) {
            return "redirect:/p/not-valid";
        }
        if (scope == null) {
            model.addAttribute("missingScope", true);
            return "participant/withdrawal";
        }
        model.addAttribute("scope", scope);
        return "participant/withdrawal-confirm";
    }

    @PostMapping(path = "/withdrawal", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
    String withdraw(@RequestParam WithdrawalScope scope, HttpServletRequest request) {
        Optional<ParticipantRow> me = sessions.participant(request);
        if (me.isEmpty()) {
            return "redirect:/p/not-valid";
        }
        String participantId = me.get().participantId();
        commands.sendAndWait(new WithdrawConsent(participantId, scope, Actor.participant(participantId)));
        return "redirect:/withdrawal/done";
    }

    @GetMapping("/withdrawal/done")
    String done(HttpServletRequest request, Model model) {
        Optional<ParticipantRow> me = sessions.participant(request);
        if (me.isEmpty()) {
            return "redirect:/p/not-valid";
        }
        if (me.get().status() == ParticipantStatus.ACTIVE) {
            return "redirect:/withdrawal";
        }
        // an erased participant's data is gone, which the page words like the wider withdrawal
        model.addAttribute("message", PageMessages.withdrawn(
                me.get().status().withdrawalScope().orElse(WithdrawalScope.STOP_USING_COLLECTED_DATA)));
        return "participant/message";
    }
}
