package org.haven.survey.study;

import io.swagger.v3.oas.annotations.media.Schema;
import org.haven.events.study.WaveWindow;
import org.haven.instrument.Instrument;

import java.time.Instant;
import java.util.List;

/** The JSON the study endpoints take and give. */
public final class StudyRequests {

    private StudyRequests() {
    }

    @Schema(description = "A new study. Waves are numbered 1.. in the order given; each window is "
            + "{\"type\":\"absolute\",\"opensAt\":...,\"closesAt\":...}, "
            + "{\"type\":\"relative\",\"offsetDays\":...,\"lengthDays\":...} (after each participant's enrollment) "
            + "or {\"type\":\"always\"}. Waves of the same kind that overlap or run backwards are refused (400) "
            + "unless allowOverlappingWaves is true.")
    public record CreateStudyRequest(String title, Boolean importsMayEnroll, List<WaveWindow> waves,
                                     Boolean allowOverlappingWaves) {
    }

    public record WaveView(int wave, WaveWindow window) {
    }

    public record InstrumentRef(String instrumentId, int version, String title) {
        static InstrumentRef of(Instrument instrument) {
            return new InstrumentRef(instrument.id(), instrument.version(), instrument.title());
        }
    }

    public record StudyView(String studyId, String title, String owner, boolean importsMayEnroll,
                            boolean overlappingWavesAllowed, boolean archived, List<WaveView> waves, List<InstrumentRef> instruments,
                            InstrumentRef currentInstrument) {

        static StudyView of(StudyDefinition study) {
            return new StudyView(study.studyId(), study.title(), study.owner(), study.importsMayEnroll(),
                    study.wavesMayOverlap(), study.archived(),
                    study.waves().entrySet().stream().map(wave -> new WaveView(wave.getKey(), wave.getValue())).toList(),
                    study.instruments().stream().map(InstrumentRef::of).toList(),
                    study.currentInstrument().map(InstrumentRef::of).orElse(null));
        }
    }

    public record ArchiveView(String studyId, boolean archived, boolean changed) {
    }

    public record PublicationView(String studyId, String instrumentId, int version, PublicationOutcome outcome,
                                  Instant at) {
    }
}
