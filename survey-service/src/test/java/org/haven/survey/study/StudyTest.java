package org.haven.survey.study;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.haven.events.Actor;
import org.haven.events.study.InstrumentVersionPublished;
import org.haven.events.study.StudyCreated;
import org.haven.events.study.WaveScheduled;
import org.haven.events.study.WaveWindow;
import org.haven.instrument.Instrument;
import org.haven.instrument.InstrumentLoader;
import org.haven.instrument.Item;
import org.haven.instrument.Scale;
import org.haven.instrument.Subscale;
import org.haven.instrument.ValueLabel;
import org.haven.survey.access.ResearcherDirectory;
import org.haven.survey.problem.ConflictException;
import org.haven.survey.problem.InvalidInputException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.instanceOf;
import static org.haven.survey.problem.ViolationMatchers.violationOn;

class StudyTest {

    private static final String STUDY_ID = "study-7c1e";
    private static final Actor RESEARCHER = Actor.researcher("dr.okafor");
    private static final WaveWindow ABSOLUTE = new WaveWindow.Absolute(
            Instant.parse("2027-01-05T09:30:00Z"), Instant.parse("2027-02-05T09:30:00Z"));
    private static final WaveWindow RELATIVE = new WaveWindow.RelativeToEnrollment(30, 7);
    private static final WaveWindow ALWAYS = new WaveWindow.AlwaysOpen();

    private AggregateTestFixture<Study> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Study.class);
        // Only AddCollaborator asks for accounts; StudyCollaboratorTest covers it.
        fixture.registerInjectableResource((ResearcherDirectory) account -> false);
    }

    // --- contact settings ----------------------------------------------------------------------------

    @Test
    void records_the_studys_time_zone_and_contact_schedule_each_replacing_the_last() {
        var schedule = org.haven.survey.contact.DefaultSchedule.get();
        fixture.given(new StudyCreated(STUDY_ID, "Trust", false, RESEARCHER),
                        new org.haven.events.study.StudyTimeZoneSet(STUDY_ID, java.time.ZoneId.of("Europe/Oslo"),
                                RESEARCHER))
                .when(new SetStudyTimeZone(STUDY_ID, java.time.ZoneId.of("Europe/Berlin"), RESEARCHER))
                .expectEvents(new org.haven.events.study.StudyTimeZoneSet(STUDY_ID, java.time.ZoneId.of("Europe/Berlin"),
                        RESEARCHER));
        fixture.given(new StudyCreated(STUDY_ID, "Trust", false, RESEARCHER))
                .when(new SetContactSchedule(STUDY_ID, schedule, RESEARCHER))
                .expectEvents(new org.haven.events.study.ContactScheduleSet(STUDY_ID, schedule, RESEARCHER));
    }

    // --- CreateStudy -------------------------------------------------------------------------------

    @Test
    void creates_a_study_with_its_waves_numbered_from_one_in_the_order_given() {
        fixture.givenNoPriorActivity()
                .when(new CreateStudy(STUDY_ID, "  Trust in couples  ", true, List.of(ABSOLUTE, RELATIVE, ALWAYS),
                        RESEARCHER))
                .expectSuccessfulHandlerExecution()
                .expectEvents(
                        new StudyCreated(STUDY_ID, "Trust in couples", true, RESEARCHER),
                        new WaveScheduled(STUDY_ID, 1, ABSOLUTE, RESEARCHER),
                        new WaveScheduled(STUDY_ID, 2, RELATIVE, RESEARCHER),
                        new WaveScheduled(STUDY_ID, 3, ALWAYS, RESEARCHER));
    }

    @Test
    void creates_a_study_with_a_single_wave_and_imports_not_enrolling() {
        fixture.givenNoPriorActivity()
                .when(new CreateStudy(STUDY_ID, "Pilot", false, List.of(ALWAYS), RESEARCHER))
                .expectEvents(
                        new StudyCreated(STUDY_ID, "Pilot", false, RESEARCHER),
                        new WaveScheduled(STUDY_ID, 1, ALWAYS, RESEARCHER));
    }

    @Test
    void rejects_a_blank_title() {
        fixture.givenNoPriorActivity()
                .when(new CreateStudy(STUDY_ID, "   ", true, List.of(ALWAYS), RESEARCHER))
                .expectException(InvalidInputException.class)
                .expectException(violationOn("title"))
                .expectExceptionMessage(containsString("title"))
                .expectNoEvents();
    }

    @Test
    void rejects_a_missing_title() {
        fixture.givenNoPriorActivity()
                .when(new CreateStudy(STUDY_ID, null, true, List.of(ALWAYS), RESEARCHER))
                .expectException(InvalidInputException.class)
                .expectException(violationOn("title"))
                .expectNoEvents();
    }

    @Test
    void rejects_a_title_longer_than_500_characters() {
        fixture.givenNoPriorActivity()
                .when(new CreateStudy(STUDY_ID, "t".repeat(501), true, List.of(ALWAYS), RESEARCHER))
                .expectException(InvalidInputException.class)
                .expectExceptionMessage("title: at most 500 characters")
                .expectNoEvents();
    }

    @Test
    void rejects_a_study_without_waves() {
        fixture.givenNoPriorActivity()
                .when(new CreateStudy(STUDY_ID, "Trust in couples", true, List.of(), RESEARCHER))
                .expectException(InvalidInputException.class)
                .expectExceptionMessage("waves: a study needs at least one wave")
                .expectNoEvents();
    }

    @Test
    void rejects_a_study_whose_wave_list_is_missing() {
        fixture.givenNoPriorActivity()
                .when(new CreateStudy(STUDY_ID, "Trust in couples", true, null, RESEARCHER))
                .expectException(InvalidInputException.class)
                .expectException(violationOn("waves"))
                .expectNoEvents();
    }

    @Test
    void rejects_a_wave_without_a_window_naming_its_position() {
        fixture.givenNoPriorActivity()
                .when(new CreateStudy(STUDY_ID, "Trust in couples", true, Arrays.asList(ALWAYS, null), RESEARCHER))
                .expectException(InvalidInputException.class)
                .expectExceptionMessage("waves[1]: a wave needs a window")
                .expectNoEvents();
    }

    @Test
    void rejects_more_than_100_waves() {
        fixture.givenNoPriorActivity()
                .when(new CreateStudy(STUDY_ID, "Trust in couples", true, Collections.nCopies(101, ALWAYS), RESEARCHER))
                .expectException(InvalidInputException.class)
                .expectExceptionMessage("waves: at most 100 waves")
                .expectNoEvents();
    }

    @Test
    void reports_a_blank_title_and_missing_waves_together() {
        fixture.givenNoPriorActivity()
                .when(new CreateStudy(STUDY_ID, "", true, List.of(), RESEARCHER))
                .expectException(allOf(instanceOf(InvalidInputException.class), violationOn("title"),
                        violationOn("waves")))
                .expectExceptionMessage(containsString("2 problems"))
                .expectNoEvents();
    }

    // --- PublishInstrumentVersion ------------------------------------------------------------------

    @Test
    void publishes_an_instrument_version() {
        fixture.given(studyCreated())
                .when(new PublishInstrumentVersion(STUDY_ID, InstrumentLoader.esti(), RESEARCHER))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new InstrumentVersionPublished(STUDY_ID, InstrumentLoader.esti(), RESEARCHER))
                .expectResultMessagePayload(PublicationOutcome.PUBLISHED);
    }

    @Test
    void answers_the_identical_version_published_again_without_a_second_event() {
        fixture.given(studyCreated(), new InstrumentVersionPublished(STUDY_ID, InstrumentLoader.esti(), RESEARCHER))
                .when(new PublishInstrumentVersion(STUDY_ID, InstrumentLoader.esti(), Actor.researcher("dr.berg")))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents()
                .expectResultMessagePayload(PublicationOutcome.ALREADY_PUBLISHED);
    }

    @Test
    void rejects_different_content_under_a_published_id_and_version() {
        Instrument esti = InstrumentLoader.esti();
        Instrument retitled = new Instrument(esti.id(), esti.version(), "ESTI, edited", esti.scales(),
                esti.subscales(), esti.items(), esti.composites());

        fixture.given(studyCreated(), new InstrumentVersionPublished(STUDY_ID, esti, RESEARCHER))
                .when(new PublishInstrumentVersion(STUDY_ID, retitled, RESEARCHER))
                .expectException(ConflictException.class)
                .expectException(violationOn("instrument"))
                .expectExceptionMessage(containsString("instrument esti version 1 is already published"))
                .expectNoEvents();
    }

    @Test
    void rejects_an_item_changed_under_a_published_id_and_version() {
        Instrument esti = InstrumentLoader.esti();
        List<Item> items = new ArrayList<>(esti.items());
        Item first = items.get(0);
        items.set(0, new Item(first.id(), first.subscale(), first.text(), !first.reverse(), first.scale(),
                first.required()));
        Instrument rekeyed = new Instrument(esti.id(), esti.version(), esti.title(), esti.scales(),
                esti.subscales(), items, esti.composites());

        fixture.given(studyCreated(), new InstrumentVersionPublished(STUDY_ID, esti, RESEARCHER))
                .when(new PublishInstrumentVersion(STUDY_ID, rekeyed, RESEARCHER))
                .expectException(ConflictException.class)
                .expectNoEvents();
    }

    @Test
    void publishes_a_new_version_of_a_published_instrument() {
        Instrument esti = InstrumentLoader.esti();
        Instrument second = new Instrument(esti.id(), 2, "ESTI v2", esti.scales(), esti.subscales(), esti.items(),
                esti.composites());

        fixture.given(studyCreated(), new InstrumentVersionPublished(STUDY_ID, esti, RESEARCHER))
                .when(new PublishInstrumentVersion(STUDY_ID, second, RESEARCHER))
                .expectEvents(new InstrumentVersionPublished(STUDY_ID, second, RESEARCHER))
                .expectResultMessagePayload(PublicationOutcome.PUBLISHED);
    }

    @Test
    void rejects_an_invalid_instrument_naming_its_problem() {
        fixture.given(studyCreated())
                .when(new PublishInstrumentVersion(STUDY_ID, moodWithBlankItemText(), RESEARCHER))
                .expectException(InvalidInputException.class)
                .expectException(violationOn("instrument"))
                .expectExceptionMessage("instrument: item 'mood_2' has no text")
                .expectNoEvents();
    }

    @Test
    void rejects_an_invalid_instrument_even_when_a_valid_one_of_that_id_is_published() {
        Instrument esti = InstrumentLoader.esti();
        Instrument noItems = new Instrument(esti.id(), esti.version(), esti.title(), esti.scales(), List.of(),
                List.of(), List.of());

        fixture.given(studyCreated(), new InstrumentVersionPublished(STUDY_ID, esti, RESEARCHER))
                .when(new PublishInstrumentVersion(STUDY_ID, noItems, RESEARCHER))
                .expectException(InvalidInputException.class)
                .expectExceptionMessage(containsString("instrument has no items"))
                .expectNoEvents();
    }

    @Test
    void rejects_a_publication_without_an_instrument() {
        fixture.given(studyCreated())
                .when(new PublishInstrumentVersion(STUDY_ID, null, RESEARCHER))
                .expectException(InvalidInputException.class)
                .expectException(violationOn("instrument"))
                .expectNoEvents();
    }

    // --- helpers -----------------------------------------------------------------------------------

    private static StudyCreated studyCreated() {
        return new StudyCreated(STUDY_ID, "Trust in couples", true, RESEARCHER);
    }

    /** A two-item instrument, valid except that its second item has a blank text. */
    private static Instrument moodWithBlankItemText() {
        Scale agree3 = new Scale("agree3", 1, 3, List.of(
                new ValueLabel(1, "disagree"), new ValueLabel(2, "neutral"), new ValueLabel(3, "agree")));
        return new Instrument("mood", 1, "Mood", List.of(agree3), List.of(new Subscale("mood", "mood")),
                List.of(new Item("mood_1", "mood", "I feel calm.", false, "agree3", false),
                        new Item("mood_2", "mood", "  ", false, "agree3", false)),
                List.of());
    }
}
