package org.haven.survey.study;

import org.haven.events.study.WaveWindow;
import org.haven.instrument.Instrument;
import org.haven.survey.problem.ConflictException;

import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What participants' commands need to know about their study: its waves and the instrument versions
 * published in it, the last published being the current one.
 */
public record StudyDefinition(
        String studyId,
        String title,
        String owner,
        boolean importsMayEnroll,
        SortedMap<Integer, WaveWindow> waves,
        List<Instrument> instruments,
        boolean wavesMayOverlap,
        boolean archived) {

    public StudyDefinition {
        waves = Collections.unmodifiableSortedMap(new TreeMap<>(waves));
        instruments = List.copyOf(instruments);
    }

    /** A study in use whose waves follow each other. */
    public StudyDefinition(String studyId, String title, String owner, boolean importsMayEnroll,
                           SortedMap<Integer, WaveWindow> waves, List<Instrument> instruments) {
        this(studyId, title, owner, importsMayEnroll, waves, instruments, false, false);
    }

    /** An archived study takes no new participants and no more answers; what it holds is still analysed. */
    public void requireNotArchived(String refused) {
        if (archived) {
            throw new ConflictException("studyId", "the study is archived: it takes no " + refused);
        }
    }

    public Optional<WaveWindow> wave(int wave) {
        return Optional.ofNullable(waves.get(wave));
    }

    public Optional<Instrument> currentInstrument() {
        return instruments.isEmpty() ? Optional.empty() : Optional.of(instruments.get(instruments.size() - 1));
    }

    public Optional<Instrument> instrument(String instrumentId, int version) {
        return instruments.stream()
                .filter(instrument -> instrument.id().equals(instrumentId) && instrument.version() == version)
                .findFirst();
    }
}
