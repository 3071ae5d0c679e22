package org.haven.survey.study;

import org.flywaydb.core.Flyway;
import org.haven.events.Actor;
import org.haven.events.study.InstrumentVersionPublished;
import org.haven.events.study.StudyCreated;
import org.haven.events.study.WaveScheduled;
import org.haven.events.study.WaveWindow;
import org.haven.instrument.Instrument;
import org.haven.instrument.InstrumentLoader;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.support.TransactionTemplate;

import javax.sql.DataSource;
import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The cached study definitions against the real tables (H2 in memory, the service's own migrations), changed
 * through {@link StudyProjection} exactly as the Study events change them. Two catalogs on one database stand
 * for two service instances.
 */
class JdbcStudyCatalogTest {

    private static final Actor RESEARCHER = Actor.researcher("r");
    private static final String STUDY = "study-1";

    private DataSource dataSource;
    private JdbcTemplate jdbc;
    private StudyProjection projection;
    private JdbcStudyCatalog catalog;
    private Instrument esti;

    @BeforeEach
    void database() {
        dataSource = new DriverManagerDataSource("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
        Flyway.configure().dataSource(dataSource)
                .locations("classpath:db/migration/h2", "classpath:db/migration/common").load().migrate();
        jdbc = new JdbcTemplate(dataSource);
        projection = new StudyProjection(jdbc);
        catalog = new JdbcStudyCatalog(jdbc);
        esti = InstrumentLoader.esti();
        projection.on(new StudyCreated(STUDY, "A study", false, RESEARCHER), Instant.parse("2026-01-01T00:00:00Z"));
        projection.on(new WaveScheduled(STUDY, 1, new WaveWindow.AlwaysOpen(), RESEARCHER), 1);
        projection.on(new InstrumentVersionPublished(STUDY, esti, RESEARCHER), 2);
    }

    @Test
    void an_unchanged_study_is_served_from_memory_without_parsing_its_instruments_again() {
        StudyDefinition first = catalog.require(STUDY);

        assertThat(catalog.require(STUDY)).isSameAs(first);
        assertThat(first.currentInstrument()).contains(esti);
        assertThat(first.waves()).containsOnlyKeys(1);
    }

    @Test
    void a_version_published_after_the_study_was_cached_is_current_for_the_next_look_up() {
        catalog.require(STUDY);

        projection.on(new InstrumentVersionPublished(STUDY, version(esti, 2), RESEARCHER), 3);

        assertThat(catalog.require(STUDY).currentInstrument().orElseThrow().version()).isEqualTo(2);
    }

    @Test
    void a_wave_scheduled_after_the_study_was_cached_is_seen_by_the_next_look_up() {
        catalog.require(STUDY);

        projection.on(new WaveScheduled(STUDY, 2, new WaveWindow.RelativeToEnrollment(7, 3), RESEARCHER), 3);

        assertThat(catalog.require(STUDY).wave(2)).contains(new WaveWindow.RelativeToEnrollment(7, 3));
    }

    @Test
    void a_change_written_by_another_instance_is_seen_by_this_one_at_once() {
        JdbcStudyCatalog otherInstance = new JdbcStudyCatalog(jdbc);
        catalog.require(STUDY);
        otherInstance.require(STUDY);

        // The other instance handles the command, so only its projection runs; this catalog learns of it only
        // through the shared tables.
        new StudyProjection(jdbc).on(new InstrumentVersionPublished(STUDY, version(esti, 2), RESEARCHER), 3);

        assertThat(catalog.require(STUDY).currentInstrument().orElseThrow().version()).isEqualTo(2);
        assertThat(catalog.require(STUDY).instruments()).hasSize(2);
    }

    @Test
    void what_a_rolled_back_transaction_wrote_is_never_served_later() {
        TransactionTemplate transaction = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        transaction.executeWithoutResult(status -> {
            projection.on(new InstrumentVersionPublished(STUDY, version(esti, 7), RESEARCHER), 3);
            assertThat(catalog.require(STUDY).currentInstrument().orElseThrow().version()).isEqualTo(7);
            status.setRollbackOnly();
        });

        // The same sequence number committed later with other content, as a retried command would.
        projection.on(new InstrumentVersionPublished(STUDY, version(esti, 2), RESEARCHER), 3);

        assertThat(catalog.require(STUDY).currentInstrument().orElseThrow().version()).isEqualTo(2);
    }

    @Test
    void an_unknown_study_is_not_found() {
        assertThat(catalog.find("no-such-study")).isEmpty();
    }

    private static Instrument version(Instrument instrument, int version) {
        return new Instrument(instrument.id(), version, instrument.title(), instrument.scales(), instrument.subscales(),
                instrument.items(), instrument.composites());
    }
}
