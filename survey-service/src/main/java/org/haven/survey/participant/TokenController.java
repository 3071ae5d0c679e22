package org.haven.survey.participant;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.haven.survey.access.PersonalLink;
import org.haven.survey.web.Researchers;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;

/** Researchers replace a lost or leaked participant token; the old ones stop working at once. */
@RestController
@Tag(name = "participants", description = "Enrollment (researchers)")
public class TokenController {

    /** {@code link}: the new personal link, with the new token in it. */
    public record IssuedToken(String participantId, String token, String link) {
        @Override
        public String toString() {
            // Frameworks log response bodies at DEBUG: never the token.
            return "IssuedToken[participantId=" + participantId + ", token=(redacted), link=(redacted)]";
        }
    }

    private final TokenReissue reissue;
    private final PersonalLink links;
    private final Clock clock;

    public TokenController(TokenReissue reissue, PersonalLink links, Clock clock) {
        this.reissue = reissue;
        this.links = links;
        this.clock = clock;
    }

    @PostMapping("/api/studies/{studyId}/participants/{participantId}/token")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Issue a new personal token to a participant, revoking every older one",
            description = "Returns the new token once (only its SHA-256 is kept). Also gives participants enrolled "
                    + "by an import their first token.")
    public IssuedToken reissue(@PathVariable String studyId, @PathVariable String participantId,
                               Authentication researcher) {
        String token = reissue.reissue(studyId, participantId, clock.instant(), Researchers.actor(researcher));
        return new IssuedToken(participantId, token, links.forToken(token));
    }
}
