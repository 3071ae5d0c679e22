package org.haven.survey.study;

import com.fasterxml.jackson.core.JsonProcessingException;
import org.haven.events.study.WaveWindow;
import org.haven.instrument.Instrument;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reads study definitions from the tables {@link StudyProjection} keeps, and keeps the parsed waves and
 * instruments of each study in memory: every submission needs them twice (the request, then the command), and
 * reading and parsing them each time was a large share of the ingest profile (BENCHMARKS.md).
 *
 * <p>Why a cached definition is never stale, also with several instances on one database: each look-up still
 * reads the study row, which carries {@code definition_seq}, the sequence number of the last Study event that
 * changed waves or instruments, written by {@link StudyProjection} in the same transaction as those rows. A
 * cached entry is used only while the row still carries the sequence it was read at; a wave scheduled or a
 * version published on any instance bumps it, and the next look-up anywhere reloads. The one remaining query is
 * a primary-key read; the waves, instruments and the instrument JSON parse are what is saved.
 */
@Component
public class JdbcStudyCatalog implements StudyCatalog {

    private final JdbcTemplate jdbc;
    /** One entry per study looked up; studies are few and a definition is small (a few instrument versions). */
    private final Map<String, StudyDefinitionAt> cache = new ConcurrentHashMap<>();

    public JdbcStudyCatalog(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    private record StudyRow(String studyId, String title, String owner, boolean importsMayEnroll,
                            boolean wavesMayOverlap, boolean archived, long definitionSeq) {
    }

    /** A definition as read when its study row carried {@code row}. */
    private record StudyDefinitionAt(StudyRow row, StudyDefinition definition) {
    }

    @Override
    public Optional<StudyDefinition> find(String studyId) {
        // The waves and instruments are read after the study row, never from inside its row mapper: a query
        // there would need a second pooled connection while the first is held, and under load every pooled
        // connection ended up waiting for another (a pool deadlock, found by infra/bench.sh).
        List<StudyRow> found = jdbc.query(
                "SELECT study_id, title, owner, imports_may_enroll, waves_may_overlap, archived_at, definition_seq"
                        + " FROM study"
                        + " WHERE study_id = ?",
                (row, n) -> new StudyRow(row.getString("study_id"), row.getString("title"), row.getString("owner"),
                        row.getBoolean("imports_may_enroll"), row.getBoolean("waves_may_overlap"),
                        row.getTimestamp("archived_at") != null, row.getLong("definition_seq")),
                studyId);
        return found.stream().findFirst().map(this::definitionOf);
    }

    private StudyDefinition definitionOf(StudyRow study) {
        StudyDefinitionAt cached = cache.get(study.studyId());
        if (cached != null && cached.row().equals(study)) {
            return cached.definition();
        }
        // Read after the row: the rows only ever grow, so what is read here is at least as new as
        // definition_seq, and anything newer carries a higher one and makes the next look-up reload.
        StudyDefinition definition = new StudyDefinition(study.studyId(), study.title(), study.owner(),
                study.importsMayEnroll(), waves(study.studyId()), instruments(study.studyId()),
                study.wavesMayOverlap(), study.archived());
        // Inside a transaction the rows may be its own, not yet committed (and perhaps rolled back, after which
        // the same sequence number could be written again with other content): only committed reads are kept.
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            cache.merge(study.studyId(), new StudyDefinitionAt(study, definition),
                    (old, fresh) -> fresh.row().definitionSeq() >= old.row().definitionSeq() ? fresh : old);
        }
        return definition;
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
