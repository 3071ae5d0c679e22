package org.haven.survey.study;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.haven.events.Actor;

/** Sets how the study's participant pages look and protect (checked by {@code ParticipantPagesRules} first). */
public record ConfigureParticipantPages(@TargetAggregateIdentifier String studyId, String pageTitle, String exitUrl,
                                        int idleMinutes, String studyContact, String supportLine, Actor actor) {

    ConfigureParticipantPages withActor(Actor other) {
        return new ConfigureParticipantPages(studyId, pageTitle, exitUrl, idleMinutes, studyContact, supportLine, other);
    }
}
