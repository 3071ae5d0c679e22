package org.haven.survey.study;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.haven.survey.access.StudyAccess;
import org.haven.survey.web.Researchers;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** The owner (or an admin) shares a study with other researcher accounts; members see who has access. */
@RestController
@Tag(name = "studies", description = "Studies, their waves and instrument versions (researchers)")
public class CollaboratorController {

    public record AddCollaboratorRequest(String researcher) {
    }

    public record MembershipView(String studyId, String researcher, MembershipOutcome outcome) {
    }

    private final CommandGateway commands;
    private final StudyMembers members;

    public CollaboratorController(CommandGateway commands, StudyMembers members) {
        this.commands = commands;
        this.members = members;
    }

    @PostMapping(path = "/api/studies/{studyId}/collaborators", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Let another researcher account see and change this study (owner or ADMIN only)",
            description = "201 when added, 200 when the account already was a member.")
    public ResponseEntity<MembershipView> add(@PathVariable String studyId,
                                              @RequestBody AddCollaboratorRequest request, Authentication caller) {
        MembershipOutcome outcome = commands.sendAndWait(new AddCollaborator(studyId, request.researcher(),
                Researchers.actor(caller), StudyAccess.isAdmin(caller)));
        HttpStatus status = outcome == MembershipOutcome.ADDED ? HttpStatus.CREATED : HttpStatus.OK;
        return ResponseEntity.status(status).body(new MembershipView(studyId, request.researcher(), outcome));
    }

    @GetMapping("/api/studies/{studyId}/collaborators")
    @Operation(summary = "The study's owner and collaborators")
    public List<StudyMembers.Member> members(@PathVariable String studyId) {
        return members.of(studyId);
    }
}
