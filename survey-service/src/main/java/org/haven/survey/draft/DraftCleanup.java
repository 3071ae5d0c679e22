package org.haven.survey.draft;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.haven.events.participant.ConsentWithdrawn;
import org.haven.events.participant.ParticipantErased;
import org.haven.events.participant.QuestionnaireSubmitted;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Deletes drafts once they have no use: in the same transaction as a submission of their wave (by the page, the
 * API or an import), a withdrawal or an erasure (the read-model group is subscribing), and, on a timer, once
 * their wave has closed.
 */
@Component
@ProcessingGroup("read-models")
public class DraftCleanup {

    private static final Logger log = LoggerFactory.getLogger(DraftCleanup.class);

    private final AnswerDrafts drafts;

    public DraftCleanup(AnswerDrafts drafts) {
        this.drafts = drafts;
    }

    @EventHandler
    void on(QuestionnaireSubmitted event) {
        drafts.delete(event.participantId(), event.wave());
    }

    @EventHandler
    void on(ConsentWithdrawn event) {
        drafts.deleteAll(event.participantId());
    }

    @EventHandler
    void on(ParticipantErased event) {
        drafts.deleteAll(event.participantId());
    }

    @Scheduled(initialDelayString = "PT1M", fixedDelayString = "${haven.pages.draft-sweep-interval:PT10M}")
    public void closedWaves() {
        int deleted = drafts.deleteClosed();
        if (deleted > 0) {
            log.info("Deleted {} unsent answer drafts of closed waves", deleted);
        }
    }
}
