package org.haven.survey.study;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.haven.events.Actor;
import org.haven.instrument.Instrument;

/** Makes an instrument version the study's current one. */
public record PublishInstrumentVersion(@TargetAggregateIdentifier String studyId, Instrument instrument, Actor actor) {
}
