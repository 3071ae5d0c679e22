package org.haven.survey.participant;

/** Where a participant stands with their consent. */
public enum ParticipantStatus { ACTIVE, WITHDRAWN, WITHDRAWN_DATA_EXCLUDED, ERASED }
