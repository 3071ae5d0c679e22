package org.haven.survey.study;

import org.haven.survey.problem.NotFoundException;

import java.util.Optional;

/** Looks up study definitions; participant commands get it injected to validate against their study. */
public interface StudyCatalog {

    Optional<StudyDefinition> find(String studyId);

    default StudyDefinition require(String studyId) {
        return find(studyId).orElseThrow(() -> new NotFoundException("study " + studyId + " does not exist"));
    }
}
