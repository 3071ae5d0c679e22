package org.haven.survey.importing;

import org.haven.events.Actor;
import org.haven.survey.participant.ParticipantDirectory;
import org.haven.survey.participant.ParticipantStatus;
import org.haven.survey.problem.ConflictException;
import org.haven.survey.problem.InvalidInputException;
import org.haven.survey.problem.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A researcher's own participant reference, looked up or attached through its keyed hash ({@link ImportRefs}): the
 * reference itself is never stored. Attaching one to a participant enrolled on the web lets a later import of their
 * paper answers reach the same participant.
 */
@Service
public class ParticipantRefService {

    public enum Attachment { ATTACHED, ALREADY_ATTACHED }

    private static final Logger LOG = LoggerFactory.getLogger(ParticipantRefService.class);
    static final int MAX_REF_LENGTH = 255;

    private final ImportRefs refs;
    private final ParticipantDirectory participants;

    public ParticipantRefService(ImportRefs refs, ParticipantDirectory participants) {
        this.refs = refs;
        this.participants = participants;
    }

    public KnownRef lookUp(String studyId, String participantRef) {
        KnownRef known = refs.find(studyId, clean(participantRef))
                .orElseThrow(() -> new NotFoundException("no participant of this study has this reference"));
        if (known.status() == ParticipantStatus.ERASED) {
            throw new NotFoundException("the participant this reference named was erased");
        }
        return known;
    }

    @Transactional
    public Attachment attach(String studyId, String participantId, String participantRef, Actor researcher) {
        String ref = clean(participantRef);
        var participant = participants.find(participantId).filter(row -> row.studyId().equals(studyId))
                .orElseThrow(() -> new NotFoundException("this study has no participant " + participantId));
        if (participant.status() == ParticipantStatus.ERASED) {
            throw new ConflictException("participantId", "the participant was erased");
        }
        var known = refs.find(studyId, ref);
        if (known.isPresent()) {
            if (participantId.equals(known.get().participantId())) {
                return Attachment.ALREADY_ATTACHED;
            }
            throw new ConflictException("participantRef", "this reference already names another participant"
                    + " of the study (or an erased one); look it up to see which");
        }
        if (refs.namesAnyReference(participantId)) {
            throw new ConflictException("participantRef", "the participant already has another reference");
        }
        try {
            refs.register(studyId, ref, participantId);
        } catch (DuplicateKeyException attachedMeanwhile) {
            throw new ConflictException("participantRef", "this reference was attached by another request just now");
        }
        LOG.info("A participant reference was attached to participant {} of study {} by {}", participantId, studyId,
                researcher.name());
        return Attachment.ATTACHED;
    }

    /** As an import reads it: surrounding spaces are not part of a reference. */
    private static String clean(String participantRef) {
        String ref = participantRef == null ? "" : participantRef.strip();
        if (ref.isEmpty()) {
            throw new InvalidInputException("participantRef", "name the participant reference");
        }
        if (ref.length() > MAX_REF_LENGTH) {
            throw new InvalidInputException("participantRef", "at most " + MAX_REF_LENGTH + " characters");
        }
        return ref;
    }
}
