package org.haven.survey.participant;

import org.haven.events.study.WaveWindow;
import org.haven.instrument.InstrumentLoader;
import org.haven.survey.access.ParticipantPrincipal;
import org.haven.survey.participant.ParticipantDirectory.ParticipantRow;
import org.haven.survey.study.StudyCatalog;
import org.haven.survey.study.StudyDefinition;
import org.haven.survey.submission.QuestionnaireView;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The JSON API tells a participant what their questionnaire page tells them, in every stage. */
class ParticipantStageAgreementTest {

    private static final Instant ENROLLED = Instant.parse("2027-01-05T09:30:00Z");
    private static final StudyDefinition STUDY = new StudyDefinition("study-1", "Safety at home", "researcher-1",
            false, new TreeMap<>(Map.of(
                    1, new WaveWindow.Absolute(Instant.parse("2027-01-01T00:00:00Z"),
                            Instant.parse("2027-02-01T00:00:00Z")),
                    2, new WaveWindow.RelativeToEnrollment(30, 7))),
            List.of(InstrumentLoader.esti()));

    @ParameterizedTest(name = "{0}, answered [{1}], at {2}: {3}")
    @CsvSource({
            "ACTIVE, '',  2027-01-10T00:00:00Z, OPEN",
            "ACTIVE, 1,   2027-01-10T00:00:00Z, NOT_OPEN_YET",
            "ACTIVE, 1,   2027-03-01T00:00:00Z, CLOSED",
            "ACTIVE, '',  2027-03-01T00:00:00Z, CLOSED",
            "ACTIVE, 1 2, 2027-03-01T00:00:00Z, COMPLETED",
            "WITHDRAWN, '', 2027-01-10T00:00:00Z, WITHDRAWN"})
    void the_api_and_the_page_name_the_same_stage(ParticipantStatus status, String answered, Instant now,
                                                  Stage.Kind expected) {
        Map<Integer, String> submitted = Arrays.stream(answered.split(" ")).filter(wave -> !wave.isBlank())
                .collect(Collectors.toMap(Integer::valueOf, wave -> "sub-" + wave, (a, b) -> a, TreeMap::new));
        ParticipantDirectory directory = new ParticipantDirectory(null) {
            @Override
            public Map<Integer, String> submittedWaves(String participantId) {
                return submitted;
            }
        };
        StudyCatalog catalog = studyId -> Optional.of(STUDY);
        Clock clock = Clock.fixed(now, ZoneOffset.UTC);
        StageFinder stages = new StageFinder(directory, catalog, clock);
        ParticipantController api = new ParticipantController(null, null, directory, stages, catalog, null, clock);

        Stage page = stages.stageOf(new ParticipantRow("participant-1", "study-1", ENROLLED, status));
        QuestionnaireView view = api.questionnaire(
                new ParticipantPrincipal("participant-1", "study-1", ENROLLED, status.name()));

        assertThat(page.kind()).isEqualTo(expected);
        assertThat(view.status()).isEqualTo(expected.name());
        assertThat(view.wave()).isEqualTo(page.wave());
    }
}
