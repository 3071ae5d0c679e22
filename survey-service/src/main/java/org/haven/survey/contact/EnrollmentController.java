package org.haven.survey.contact;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.haven.survey.access.PersonalLink;
import org.haven.survey.participant.Enrollment;
import org.haven.survey.study.StudyCatalog;
import org.haven.survey.study.TimeZones;
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
import java.time.ZoneId;

/**
 * Researchers enroll participants. The answer holds the personal token, shown this once only, unless the contact
 * engine mails the participant their links (the study has a contact schedule and the participant an address).
 */
@RestController
@Tag(name = "participants", description = "Enrollment (researchers)")
public class EnrollmentController {

    /** {@code contactEmail} and {@code timeZone} are optional; the e-mail is stored only encrypted. */
    public record EnrollRequest(String consentFormVersion, String contactEmail, String timeZone) {
        @Override
        public String toString() {
            // Frameworks log request bodies at DEBUG: never the e-mail.
            return "EnrollRequest[consentFormVersion=" + consentFormVersion + ", contactEmail="
                    + (contactEmail == null ? "none" : "(redacted)") + ", timeZone=" + timeZone + "]";
        }
    }

    /** {@code link}: the personal link to send, with the token in it; both absent when {@code linkSentByMail}. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record EnrollResponse(String participantId, String token, String link, boolean linkSentByMail) {
        @Override
        public String toString() {
            return "EnrollResponse[participantId=" + participantId + ", token=(redacted), link=(redacted)]";
        }
    }

    private final Enrollment enrollment;
    private final StudyCatalog catalog;
    private final ContactSettings settings;
    private final PersonalLink links;
    private final Clock clock;

    public EnrollmentController(Enrollment enrollment, StudyCatalog catalog, ContactSettings settings,
                                PersonalLink links, Clock clock) {
        this.enrollment = enrollment;
        this.catalog = catalog;
        this.settings = settings;
        this.links = links;
        this.clock = clock;
    }

    @PostMapping(path = "/api/studies/{studyId}/participants", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Enroll a participant who agreed to the named consent-form version",
            description = "Optional contactEmail and timeZone (IANA name; default: the study's). Returns the participant"
                    + " id, their one-time personal token and the personal link to the questionnaire page that holds"
                    + " it (store or send it now: only the token's SHA-256 is kept) - unless the study has a contact"
                    + " schedule and the participant an address: then linkSentByMail is true and the contact engine"
                    + " mails the links.")
    public EnrollResponse enroll(@PathVariable String studyId, @RequestBody EnrollRequest request,
                                 Authentication researcher) {
        catalog.require(studyId);
        ZoneId zone = TimeZones.optional(request.timeZone(), "timeZone");
        boolean byMail = request.contactEmail() != null && !request.contactEmail().isBlank()
                && settings.scheduleOf(studyId).isPresent();
        var enrolled = enrollment.enroll(new Enrollment.Contact(request.contactEmail(), zone), studyId,
                request.consentFormVersion(), clock.instant(), Researchers.actor(researcher), !byMail);
        if (byMail) {
            return new EnrollResponse(enrolled.participantId(), null, null, true);
        }
        return new EnrollResponse(enrolled.participantId(), enrolled.token(), links.forToken(enrolled.token()), false);
    }
}
