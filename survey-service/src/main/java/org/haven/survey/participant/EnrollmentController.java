package org.haven.survey.participant;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.haven.survey.access.PersonalLink;
import org.haven.survey.study.StudyCatalog;
import org.haven.survey.web.Researchers;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;

/** Researchers enroll participants; the answer holds the personal token, shown this once only. */
@RestController
@Tag(name = "participants", description = "Enrollment (researchers)")
public class EnrollmentController {

    /** {@code contactEmail} is optional; it is stored only encrypted under the participant's own key. */
    public record EnrollRequest(String consentFormVersion, String contactEmail) {
        @Override
        public String toString() {
            // Frameworks log request bodies at DEBUG: never the e-mail.
            return "EnrollRequest[consentFormVersion=" + consentFormVersion + ", contactEmail="
                    + (contactEmail == null ? "none" : "(redacted)") + "]";
        }
    }

    /** {@code link}: the personal link to send, with the token in it. */
    public record EnrollResponse(String participantId, String token, String link) {
        @Override
        public String toString() {
            return "EnrollResponse[participantId=" + participantId + ", token=(redacted), link=(redacted)]";
        }
    }

    private final Enrollment enrollment;
    private final StudyCatalog catalog;
    private final Clock clock;

    public EnrollmentController(Enrollment enrollment, StudyCatalog catalog, Clock clock) {
        this.enrollment = enrollment;
        this.catalog = catalog;
        this.clock = clock;
    }

    @PostMapping(path = "/api/studies/{studyId}/participants", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Enroll a participant who agreed to the named consent-form version",
            description = "Returns the participant id, their one-time personal token and the personal link to the "
                    + "questionnaire page that holds it (store or send it now: only the token's SHA-256 is kept).")
    public EnrollResponse enroll(@PathVariable String studyId, @RequestBody EnrollRequest request,
                                 Authentication researcher) {
        catalog.require(studyId);
        var enrolled = enrollment.enroll(studyId, request.consentFormVersion(), request.contactEmail(), clock.instant(),
                Researchers.actor(researcher));
        return new EnrollResponse(enrolled.participantId(), enrolled.token(), PersonalLink.forToken(enrolled.token()));
    }
}
