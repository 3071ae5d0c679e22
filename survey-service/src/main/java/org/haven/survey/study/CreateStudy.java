package org.haven.survey.study;

import org.haven.events.Actor;
import org.haven.events.study.WaveWindow;

import java.util.List;

/** Creates a study with its waves, numbered 1.. in the order given. */
public record CreateStudy(String studyId, String title, boolean importsMayEnroll, List<WaveWindow> waves, Actor actor) {
}
