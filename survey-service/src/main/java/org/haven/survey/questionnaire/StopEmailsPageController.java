package org.haven.survey.questionnaire;

import jakarta.servlet.http.HttpServletRequest;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.haven.survey.access.ParticipantTokens;
import org.haven.survey.access.SignInThrottle;
import org.haven.survey.participant.OptOutOfContact;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseBody;


/**
 * The stop link of every mail, {@code /p/stop#<token>}: one click stops the study's e-mails (ContactOptedOut).
 * Like the personal link, the token travels in the fragment and reaches the server once, in a JSON body; no
 * session is opened. The participant keeps their consent and can still answer through their link.
 */
@Controller
class StopEmailsPageController {

    record StopRequest(String token) {
        @Override
        public String toString() {
            return "StopRequest[token=(redacted)]";
        }
    }

    private final ParticipantTokens tokens;
    private final CommandGateway commands;
    private final SignInThrottle throttle;

    StopEmailsPageController(ParticipantTokens tokens, CommandGateway commands, SignInThrottle throttle) {
        this.tokens = tokens;
        this.commands = commands;
        this.throttle = throttle;
    }

    @GetMapping("/p/stop")
    String page() {
        return "participant/stop";
    }

    @PostMapping(path = "/p/stop", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    ResponseEntity<?> stop(@RequestBody StopRequest stop, HttpServletRequest request) {
        return ThrottledTokenPost.answer(throttle, request, () -> tokens.participantFor(stop.token())
                .map(participant -> {
                    commands.sendAndWait(new OptOutOfContact(participant)); // a second click changes nothing
                    return true;
                })
                .orElse(false));
    }

    @GetMapping("/p/stop/done")
    String done(Model model) {
        model.addAttribute("message", PageMessages.EMAILS_STOPPED);
        return "participant/message";
    }
}
