package org.haven.survey.questionnaire;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.haven.survey.access.ParticipantTokens;
import org.haven.survey.database.ConnectionRetry;
import org.haven.survey.participant.ParticipantDirectory;
import org.haven.survey.participant.ParticipantDirectory.ParticipantRow;
import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * The participant behind a page request. The personal link is exchanged once for a server-side session that
 * holds only a reference to the token (never the token), and every request checks that reference again, so a
 * re-issued or erased participant's old browser session stops working at once, like their old link.
 */
@Component
public class PageSessions {

    static final String REFERENCE = "haven.participant.token-reference";

    private final ParticipantTokens tokens;
    private final ParticipantDirectory participants;
    private final ConnectionRetry retry;

    public PageSessions(ParticipantTokens tokens, ParticipantDirectory participants, ConnectionRetry retry) {
        this.retry = retry;
        this.tokens = tokens;
        this.participants = participants;
    }

    /** Opens a page session for the token's participant; false, and no session, for an unknown or revoked token. */
    public boolean open(String token, HttpServletRequest request) {
        Optional<String> reference = tokens.sessionReference(token);
        HttpSession existing = request.getSession(false);
        if (existing != null) {
            existing.removeAttribute(REFERENCE);
        }
        if (reference.isEmpty()) {
            return false;
        }
        HttpSession session = request.getSession(true);
        // A new id once the session stands for a participant: a session id planted before cannot ride on it.
        request.changeSessionId();
        session.setAttribute(REFERENCE, reference.get());
        return true;
    }

    public Optional<ParticipantRow> participant(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null) {
            return Optional.empty();
        }
        String reference = (String) session.getAttribute(REFERENCE);
        // reads, safe to repeat when a connection broke under them (a database restart)
        return retry.once(() -> tokens.participantForReference(reference).flatMap(participants::find));
    }
}
