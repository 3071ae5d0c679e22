package org.haven.survey.participant;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.haven.events.participant.WithdrawalScope;
import org.haven.survey.access.ResearcherRole;
import org.haven.survey.privacy.EncryptedJson;
import org.haven.survey.privacy.FieldCipher;
import org.haven.survey.problem.InvalidInputException;
import org.haven.survey.problem.NotAllowedException;
import org.haven.survey.problem.NotFoundException;
import org.haven.survey.web.Researchers;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * What researchers and administrators do for one participant: read or change the contact e-mail, record a
 * withdrawal, erase (administrators only).
 */
@RestController
@Tag(name = "participants")
public class ParticipantCareController {

    public record WithdrawRequest(WithdrawalScope scope) {
    }

    public record Outcome(String participantId, String action, boolean changed) {
    }

    public record ContactChange(String contactEmail) {
        @Override
        public String toString() {
            return "ContactChange[contactEmail=(redacted)]";
        }
    }

    public record Contact(String participantId, String contactEmail) {
        @Override
        public String toString() {
            return "Contact[participantId=" + participantId + ", contactEmail=(redacted)]";
        }
    }

    private final CommandGateway commands;
    private final ParticipantDirectory participants;
    private final FieldCipher cipher;
    private final ContactAddressChange addressChange;

    public ParticipantCareController(CommandGateway commands, ParticipantDirectory participants, FieldCipher cipher,
                                     ContactAddressChange addressChange) {
        this.commands = commands;
        this.participants = participants;
        this.cipher = cipher;
        this.addressChange = addressChange;
    }

    @GetMapping("/api/studies/{studyId}/participants/{participantId}/contact")
    @Operation(summary = "The participant's contact e-mail, decrypted; 404 once erased or when none was given")
    public Contact contact(@PathVariable String studyId, @PathVariable String participantId) {
        requireIn(studyId, participantId);
        return participants.storedContactEmail(participantId).map(EncryptedJson::read)
                .flatMap(encrypted -> cipher.decrypt(participantId, encrypted))
                .map(email -> new Contact(participantId, email))
                .orElseThrow(() -> new NotFoundException("no readable contact e-mail for this participant"));
    }

    @PutMapping(path = "/api/studies/{studyId}/participants/{participantId}/contact",
            consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Change the participant's contact e-mail (ContactAddressChanged)",
            description = "Mail goes to the new address from then on, also after the mail server refused the old one."
                    + " 409 when another active participant of the study has it; 403 once erased.")
    public Outcome changeContact(@PathVariable String studyId, @PathVariable String participantId,
                                 @RequestBody ContactChange request, Authentication researcher) {
        requireIn(studyId, participantId);
        addressChange.change(studyId, participantId, request.contactEmail(), Researchers.actor(researcher));
        return new Outcome(participantId, "contact-change", true);
    }

    @PostMapping(path = "/api/studies/{studyId}/participants/{participantId}/withdrawal",
            consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Record a participant's withdrawal of consent (STOP_FUTURE_WAVES or STOP_USING_COLLECTED_DATA)")
    public Outcome withdraw(@PathVariable String studyId, @PathVariable String participantId,
                            @RequestBody WithdrawRequest request, Authentication researcher) {
        requireIn(studyId, participantId);
        if (request.scope() == null) {
            throw new InvalidInputException("scope", "choose STOP_FUTURE_WAVES or STOP_USING_COLLECTED_DATA");
        }
        boolean changed = commands.sendAndWait(new WithdrawConsent(participantId, request.scope(),
                Researchers.actor(researcher)));
        return new Outcome(participantId, "withdrawal", changed);
    }

    @PostMapping("/api/studies/{studyId}/participants/{participantId}/erasure")
    @Operation(summary = "Erase a participant (administrators): destroys their data key; their answers stay, unlinkable")
    public Outcome erase(@PathVariable String studyId, @PathVariable String participantId, Authentication admin) {
        // the security rule for erasure paths already demands ADMIN; this keeps the handler safe on its own
        if (!ResearcherRole.ADMIN.heldBy(admin)) {
            throw new NotAllowedException("only an administrator may erase a participant");
        }
        requireIn(studyId, participantId);
        boolean changed = commands.sendAndWait(new EraseParticipant(participantId, Researchers.actor(admin)));
        return new Outcome(participantId, "erasure", changed);
    }

    private void requireIn(String studyId, String participantId) {
        participants.find(participantId).filter(p -> p.studyId().equals(studyId))
                .orElseThrow(() -> new NotFoundException("no such participant in this study"));
    }
}
