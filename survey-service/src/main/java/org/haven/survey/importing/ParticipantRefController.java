package org.haven.survey.importing;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.haven.survey.participant.ParticipantStatus;
import org.haven.survey.study.StudyCatalog;
import org.haven.survey.web.Researchers;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Find the participant behind one of the researcher's references, and attach a reference to a participant enrolled on
 * the web. The reference travels in a JSON body, never in a URL (which access logs keep), and is never answered back.
 */
@RestController
@Tag(name = "imports", description = "CSV import of answers collected elsewhere (researchers)")
public class ParticipantRefController {

    public record RefRequest(String participantRef) {
        @Override
        public String toString() {
            return "RefRequest[participantRef=(redacted)]";
        }
    }

    public record RefOwner(String participantId, ParticipantStatus status) {
    }

    public record AttachmentView(String participantId, ParticipantRefService.Attachment outcome) {
    }

    private final ParticipantRefService refs;
    private final StudyCatalog catalog;

    public ParticipantRefController(ParticipantRefService refs, StudyCatalog catalog) {
        this.refs = refs;
        this.catalog = catalog;
    }

    @PostMapping(path = "/api/studies/{studyId}/participant-refs/lookup", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The participant a reference names (through its keyed hash; the reference is not stored)",
            description = "404 when no participant of the study has the reference, or the one it named was erased.")
    public RefOwner lookUp(@PathVariable String studyId, @RequestBody RefRequest request) {
        catalog.require(studyId);
        KnownRef known = refs.lookUp(studyId, request.participantRef());
        return new RefOwner(known.participantId(), known.status());
    }

    @PutMapping(path = "/api/studies/{studyId}/participants/{participantId}/participant-ref",
            consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Attach a reference to a participant, so that imported answers under it reach them",
            description = "201 attached, 200 when it already named this participant; 409 when it names another "
                    + "participant (or an erased one) or the participant already has another reference.")
    public ResponseEntity<AttachmentView> attach(@PathVariable String studyId, @PathVariable String participantId,
                                                 @RequestBody RefRequest request, Authentication researcher) {
        catalog.require(studyId);
        var outcome = refs.attach(studyId, participantId, request.participantRef(), Researchers.actor(researcher));
        return ResponseEntity.status(outcome == ParticipantRefService.Attachment.ATTACHED ? HttpStatus.CREATED
                : HttpStatus.OK).body(new AttachmentView(participantId, outcome));
    }
}
