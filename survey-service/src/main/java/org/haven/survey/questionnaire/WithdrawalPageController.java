package org.haven.survey.questionnaire;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.haven.events.Actor;
import org.haven.events.participant.WithdrawalScope;
import org.haven.survey.access.ParticipantPrincipal;
import org.haven.survey.participant.ParticipantStatus;
import org.haven.survey.participant.WithdrawConsent;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;


/**
 * Withdrawal in three steps: choose how far it reaches, confirm, done. Plain HTML forms (with Spring Security's
 * CSRF token), so it works without the questionnaire's script.
 */
@Controller
class WithdrawalPageController {

    private final CommandGateway commands;

    WithdrawalPageController(CommandGateway commands) {
        this.commands = commands;
    }

    @GetMapping("/withdrawal")
    String choose(@RequestParam(required = false) WithdrawalScope scope,
                  @AuthenticationPrincipal ParticipantPrincipal me, Model model) {
        if (status(me) == ParticipantStatus.WITHDRAWN_DATA_EXCLUDED) {
            return "redirect:/withdrawal/done";
        }
        model.addAttribute("scope", scope);
        return "participant/withdrawal";
    }

    @PostMapping(path = "/withdrawal/review", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
    String review(@RequestParam(required = false) WithdrawalScope scope, Model model) {
        if (scope == null) {
            model.addAttribute("missingScope", true);
            return "participant/withdrawal";
        }
        model.addAttribute("scope", scope);
        return "participant/withdrawal-confirm";
    }

    @PostMapping(path = "/withdrawal", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
    String withdraw(@RequestParam WithdrawalScope scope, @AuthenticationPrincipal ParticipantPrincipal me) {
        String participantId = me.participantId();
        commands.sendAndWait(new WithdrawConsent(participantId, scope, Actor.participant(participantId)));
        return "redirect:/withdrawal/done";
    }

    @GetMapping("/withdrawal/done")
    String done(@AuthenticationPrincipal ParticipantPrincipal me, Model model) {
        if (status(me) == ParticipantStatus.ACTIVE) {
            return "redirect:/withdrawal";
        }
        // an erased participant's data is gone, which the page words like the wider withdrawal
        model.addAttribute("message", PageMessages.withdrawn(
                status(me).withdrawalScope().orElse(WithdrawalScope.STOP_USING_COLLECTED_DATA)));
        return "participant/message";
    }

    private static ParticipantStatus status(ParticipantPrincipal me) {
        return ParticipantStatus.valueOf(me.status());
    }
}
