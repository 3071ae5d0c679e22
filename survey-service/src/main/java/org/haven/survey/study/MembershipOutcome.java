package org.haven.survey.study;

/** Whether adding a collaborator stored a new member or found the account already a member (or the owner). */
public enum MembershipOutcome { ADDED, ALREADY_MEMBER }
