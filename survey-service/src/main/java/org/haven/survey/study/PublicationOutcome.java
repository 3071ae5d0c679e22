package org.haven.survey.study;

/** Whether publishing stored a new version or found the identical version already published. */
public enum PublicationOutcome { PUBLISHED, ALREADY_PUBLISHED }
