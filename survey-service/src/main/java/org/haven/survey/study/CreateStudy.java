package org.haven.survey.study;

import org.haven.events.Actor;
import org.haven.events.study.WaveWindow;

import java.util.List;

/**
 * Creates a study with its waves, numbered 1.. in the order given. {@code wavesMayOverlap}: the researcher allows
 * waves that overlap or run backwards, which are refused otherwise.
 */
public record CreateStudy(String studyId, String title, boolean importsMayEnroll, List<WaveWindow> waves, Actor actor,
                          boolean wavesMayOverlap) {

    public CreateStudy(String studyId, String title, boolean importsMayEnroll, List<WaveWindow> waves, Actor actor) {
        this(studyId, title, importsMayEnroll, waves, actor, false);
    }
}
