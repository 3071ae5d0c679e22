package org.haven.survey.access;

/** Which researcher accounts exist, so a study is never shared with a name nobody can log in as. */
public interface ResearcherDirectory {

    boolean exists(String account);
}
