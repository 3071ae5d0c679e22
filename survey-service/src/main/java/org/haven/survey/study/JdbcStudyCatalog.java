package org.haven.survey.study;

import com.fasterxml.jackson.core.JsonProcessingException;
import org.haven.events.study.WaveWindow;
import org.haven.instrument.Instrument;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

/** Reads study definitions from the tables {@link StudyProjection} keeps. */
@Component
public class JdbcStudyCatalog implements StudyCatalog {

    private final JdbcTemplate jdbc;

    public JdbcStudyCatalog(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    private record StudyRow(String studyId, String title, String owner, boolean importsMayEnroll) {
    }

    @Override
    public Optional<StudyDefinition> find(String studyId) {
        // The waves and instruments are read after the study row, never from inside its row mapper: a query
        // there would need a second pooled connection while the first is held, and under load every pooled
        // connection ended up waiting for another (a pool deadlock, found by infra/bench.sh).
        List<StudyRow> found = jdbc.query(
                "SELECT study_id, title, owner, imports_may_enroll FROM study WHERE study_id = ?",
                (row, n) -> new StudyRow(row.getString("study_id"), row.getString("title"), row.getString("owner"),
                        row.getBoolean("imports_may_enroll")),
                studyId);
        return found.stream().findFirst().map(study -> new StudyDefinition(study.studyId(), study.title(),
                study.owner(), study.importsMayEnroll(), waves(studyId), instruments(studyId)));
    }

    private TreeMap<Integer, WaveWindow> waves(String studyId) {
        TreeMap<Integer, WaveWindow> waves = new TreeMap<>();
        jdbc.query("SELECT wave, window_json FROM study_wave WHERE study_id = ?",
                row -> {
                    waves.put(row.getInt("wave"), parse(row.getString("window_json"), WaveWindow.class));
                }, studyId);
        return waves;
    }

    private List<Instrument> instruments(String studyId) {
        return jdbc.query("SELECT instrument_json FROM study_instrument WHERE study_id = ? ORDER BY published_seq",
                (row, n) -> parse(row.getString("instrument_json"), Instrument.class), studyId);
    }

    private static <T> T parse(String json, Class<T> type) {
        try {
            return StudyProjection.JSON.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable " + type.getSimpleName() + " in the study tables", e);
        }
    }
}
