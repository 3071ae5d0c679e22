package org.haven.events.participant;

/** Where a submission came from: the questionnaire page, or a researcher's CSV import of paper answers. */
public enum SubmissionSource { WEB, IMPORT }
