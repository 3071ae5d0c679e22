package org.haven.analytics.contacts;

import org.haven.events.Actor;
import org.haven.events.ContactChannel;
import org.haven.events.ContactKind;
import org.haven.events.participant.ContactFailed;
import org.haven.events.participant.ContactOptedOut;
import org.haven.events.participant.ContactSent;
import org.haven.events.participant.QuestionnaireSubmitted;
import org.haven.events.participant.SubmissionSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** contacts.csv from a hand-made event stream, with the expected figures counted by hand. */
class ContactsCsvTest {

    private static final String STUDY = "s";
    private static final Actor ENGINE = Actor.system("contact");

    @TempDir
    Path folder;

    @Test
    void counts_invitations_reminders_answers_after_k_reminders_refusals_and_stop_links() throws Exception {
        ContactTally tally = new ContactTally();
        // wave 1: a answers without a reminder (day 0), b after reminder 1 (day 3), c after 2 (day 6) then stops
        // the e-mails, d is refused; the invitation of a arrives twice (publishing is at least once)
        tally.accept(sent("a", 1, ContactKind.INVITATION, 0, "2027-01-04T09:00:00Z"));
        tally.accept(sent("a", 1, ContactKind.INVITATION, 0, "2027-01-04T09:00:00Z"));
        tally.accept(sent("b", 1, ContactKind.INVITATION, 0, "2027-01-04T09:00:00Z"));
        tally.accept(sent("c", 1, ContactKind.INVITATION, 0, "2027-01-04T09:00:00Z"));
        tally.accept(new ContactFailed("d", STUDY, 1, ContactKind.INVITATION, 0, ContactChannel.EMAIL, 550,
                Instant.parse("2027-01-04T09:00:00Z"), ENGINE));
        tally.accept(submitted("a", 1, "2027-01-04"));
        tally.accept(sent("b", 1, ContactKind.REMINDER, 1, "2027-01-07T09:00:00Z"));
        tally.accept(sent("c", 1, ContactKind.REMINDER, 1, "2027-01-07T09:00:00Z"));
        tally.accept(submitted("b", 1, "2027-01-07"));
        tally.accept(sent("c", 1, ContactKind.LAST_REMINDER, 2, "2027-01-09T09:00:00Z"));
        tally.accept(submitted("c", 1, "2027-01-10"));
        tally.accept(new ContactOptedOut("c", STUDY, Actor.participant("c")));
        // wave 2: e invited, nobody answers; f answered without any mail (not counted as a response)
        tally.accept(sent("e", 2, ContactKind.INVITATION, 0, "2027-02-04T09:00:00Z"));
        tally.accept(submitted("f", 2, "2027-02-05"));

        ContactsCsv.write(ContactsCsv.rows(tally), folder.resolve(ContactsCsv.FILE_NAME));

        assertThat(Files.readString(folder.resolve(ContactsCsv.FILE_NAME))).isEqualTo("""
                wave,measure,ordinal,value
                1,invited,,3
                1,reminded,1,2
                1,reminded,2,1
                1,responded,0,1
                1,responded,1,1
                1,responded,2,1
                1,failed,,1
                1,opted_out,,1
                1,median_days_to_response,,3
                2,invited,,1
                2,failed,,0
                2,opted_out,,0
                2,median_days_to_response,,
                """);
    }

    @Test
    void a_study_without_contact_events_has_no_contacts() {
        ContactTally tally = new ContactTally();
        tally.accept(submitted("a", 1, "2027-01-04"));
        assertThat(tally.hasContacts()).isFalse();
    }

    @Test
    void the_median_of_an_even_count_is_the_mean_of_the_middle_two() {
        assertThat(ContactsCsv.median(java.util.List.of(6L, 0L, 3L, 0L))).isEqualByComparingTo("1.5");
    }

    private static ContactSent sent(String participant, int wave, ContactKind kind, int ordinal, String at) {
        return new ContactSent(participant, STUDY, wave, kind, ordinal, ContactChannel.EMAIL, Instant.parse(at), ENGINE);
    }

    private static QuestionnaireSubmitted submitted(String participant, int wave, String on) {
        return new QuestionnaireSubmitted(participant, STUDY, wave, "esti", 1, Map.of("respect_1", 4), null,
                participant + "-" + wave, SubmissionSource.WEB, LocalDate.parse(on), Actor.participant(participant));
    }
}
