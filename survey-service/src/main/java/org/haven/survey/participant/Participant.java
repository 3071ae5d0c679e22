package org.haven.survey.participant;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.haven.events.Actor;
import org.haven.events.ContactChannel;
import org.haven.events.ContactKind;
import org.haven.events.participant.ConsentWithdrawn;
import org.haven.events.participant.ContactAddressChanged;
import org.haven.events.participant.ContactFailed;
import org.haven.events.participant.ContactOptedOut;
import org.haven.events.participant.ContactSent;
import org.haven.events.participant.ParticipantEnrolled;
import org.haven.events.participant.ParticipantErased;
import org.haven.events.participant.ParticipantTokenReissued;
import org.haven.events.participant.QuestionnaireSubmitted;
import org.haven.instrument.Instrument;
import org.haven.survey.study.StudyCatalog;
import org.haven.survey.study.StudyDefinition;
import org.haven.survey.submission.OneSubmissionPerWave;
import org.haven.survey.submission.SubmissionResult;
import org.haven.survey.submission.SubmissionRules;
import org.haven.survey.submission.SubmitQuestionnaire;
import org.haven.survey.submission.SubmittedWave;

import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * One participant of one study: consent and the waves they submitted. The study's definition comes from
 * the injected {@link StudyCatalog}; the rules live in plain classes.
 */
@Aggregate
public class Participant {

    private static final Actor CONTACT_ENGINE = Actor.system("contact");

    @AggregateIdentifier
    private String participantId;
    private String studyId;
    private Instant enrolledAt;
    private ParticipantStatus status;
    private final Map<Integer, SubmittedWave> submitted = new HashMap<>();
    private boolean optedOut;
    private final Set<String> contacted = new HashSet<>();

    protected Participant() {
        // for Axon
    }

    @CommandHandler
    public Participant(EnrollParticipant command, StudyCatalog catalog) {
        StudyDefinition study = catalog.require(command.studyId());
        study.requireNotArchived("new participants");
        ConsentRules.checkConsentFormVersion(command.consentFormVersion());
        apply(new ParticipantEnrolled(command.participantId(), study.studyId(), command.enrolledAt(),
                command.consentFormVersion().strip(), command.contactEmail(), command.timeZone(), command.actor()));
    }

    @CommandHandler
    public void handle(ChangeContactAddress command) {
        ContactRules.checkMayChangeAddress(studyId, command.studyId(), status);
        apply(new ContactAddressChanged(participantId, studyId, command.contactEmail(), command.actor()));
    }

    @CommandHandler
    public SubmissionResult handle(SubmitQuestionnaire command, StudyCatalog catalog) {
        SubmissionRules.checkSubmissionId(command.submissionId());
        SubmittedWave previous = submitted.get(command.wave());
        if (previous != null && previous.submissionId().equals(command.submissionId())) {
            // A retry of an answer accepted earlier gets its original result, even after a withdrawal since;
            // the same id with other answers is a client error, never a silent loss of the new answers.
            OneSubmissionPerWave.checkRetry(previous, command.wave(), command.answers());
            return original(command.wave(), previous);
        }
        ConsentRules.checkMayAnswer(status);
        var decision = OneSubmissionPerWave.decide(previous, command.wave(), command.submissionId(),
                command.source(), command.answers());
        if (decision == OneSubmissionPerWave.Decision.ALREADY_STORED) {
            return original(command.wave(), previous);
        }
        Instrument instrument = SubmissionRules.check(catalog.require(studyId), command, enrolledAt);
        apply(new QuestionnaireSubmitted(participantId, studyId, command.wave(), instrument.id(),
                instrument.version(), command.answers(), command.comment(), command.submissionId(), command.source(),
                command.completedOn(), command.actor()));
        return new SubmissionResult(participantId, command.wave(), command.submissionId(), command.completedOn(), true);
    }

    @CommandHandler
    public boolean handle(WithdrawConsent command) {
        if (!ConsentRules.withdrawalChanges(status, command.scope())) {
            return false;
        }
        apply(new ConsentWithdrawn(participantId, studyId, command.scope(), command.actor()));
        return true;
    }

    /** Erasing twice is harmless: the second time changes nothing. */
    @CommandHandler
    public boolean handle(EraseParticipant command) {
        if (status == ParticipantStatus.ERASED) {
            return false;
        }
        apply(new ParticipantErased(participantId, studyId, command.actor()));
        return true;
    }

    /** The token itself is written by the caller, in the same transaction; the event only says who acted. */
    @CommandHandler
    public void handle(ReissueToken command) {
        TokenRules.checkMayReissue(studyId, command.studyId(), status);
        apply(new ParticipantTokenReissued(participantId, studyId, command.actor()));
    }

    /**
     * A contact is recorded once: when a claim expired while its instance was still mailing, a second instance
     * may have mailed it too, and that second record changes nothing.
     */
    @CommandHandler
    public boolean handle(RecordContactSent command) {
        if (contacted.contains(contactKey(command.wave(), command.kind(), command.ordinal()))) {
            return false;
        }
        apply(new ContactSent(participantId, studyId, command.wave(), command.kind(), command.ordinal(),
                ContactChannel.EMAIL, command.sentAt(), CONTACT_ENGINE));
        return true;
    }

    @CommandHandler
    public boolean handle(RecordContactFailed command) {
        if (contacted.contains(contactKey(command.wave(), command.kind(), command.ordinal()))) {
            return false;
        }
        // not remembered as contacted: after an address change the same contact goes to the new address
        apply(new ContactFailed(participantId, studyId, command.wave(), command.kind(), command.ordinal(),
                ContactChannel.EMAIL, command.smtpCode(), command.failedAt(), CONTACT_ENGINE));
        return true;
    }

    /** Following the stop link twice is harmless: the second time changes nothing. */
    @CommandHandler
    public boolean handle(OptOutOfContact command) {
        if (optedOut || status == ParticipantStatus.ERASED) {
            return false;
        }
        apply(new ContactOptedOut(participantId, studyId, Actor.participant(participantId)));
        return true;
    }

    private static String contactKey(int wave, ContactKind kind, int ordinal) {
        return wave + "/" + kind + "/" + ordinal;
    }

    private SubmissionResult original(int wave, SubmittedWave previous) {
        return new SubmissionResult(participantId, wave, previous.submissionId(), previous.completedOn(), false);
    }

    @EventSourcingHandler
    void on(ParticipantEnrolled event) {
        participantId = event.participantId();
        studyId = event.studyId();
        enrolledAt = event.enrolledAt();
        status = ParticipantStatus.ACTIVE;
    }

    @EventSourcingHandler
    void on(QuestionnaireSubmitted event) {
        submitted.put(event.wave(), new SubmittedWave(event.submissionId(), event.answers(), event.completedOn()));
    }

    @EventSourcingHandler
    void on(ConsentWithdrawn event) {
        status = ParticipantStatus.afterWithdrawal(event.scope());
    }

    @EventSourcingHandler
    void on(ContactSent event) {
        contacted.add(contactKey(event.wave(), event.kind(), event.ordinal()));
    }

    @EventSourcingHandler
    void on(ContactOptedOut event) {
        optedOut = true;
    }

    @EventSourcingHandler
    void on(ParticipantErased event) {
        status = ParticipantStatus.ERASED;
    }
}
