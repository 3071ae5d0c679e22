package org.haven.demo;

import org.haven.demo.api.HavenClient;
import org.haven.demo.api.ImportResult;
import org.haven.demo.cohort.CohortGenerator;
import org.haven.demo.cohort.PlantedEffects;
import org.haven.demo.cohort.SyntheticParticipant;
import org.haven.demo.mail.GreenMailInbox;
import org.haven.demo.mail.MailSlice;
import org.haven.demo.submission.ImportCsv;
import org.haven.demo.submission.ResponsesFile;
import org.haven.demo.submission.WebSubmitter;
import org.haven.demo.topic.TopicCatchUp;
import org.haven.instrument.Instrument;
import org.haven.instrument.InstrumentLoader;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One demo: a new study with ESTI v1, filled either with a generated cohort (most participants on the web
 * API, every tenth through the CSV import) or with a researcher's own CSV, then a wait until the topic holds
 * all of the study's events, so that the batch started next sees everything.
 */
final class DemoRun {

    /** Every tenth generated participant answered "on paper" and arrives through the CSV import. */
    private static final int IMPORT_EVERY = 10;
    private static final int DAYS_BETWEEN_WAVES = 30;
    private static final int MAX_LISTED = 20;
    /**
     * With the mail slice, wave 1 closes this long after the study's creation plus {@link #REMINDER_LEAD}, and the
     * schedule's last reminder goes out {@code LAST_REMINDER_HOURS} before the close: so a real reminder, planned
     * and sent by the engine on the service's clock, falls due while the demo runs, without waiting days.
     */
    private static final int LAST_REMINDER_HOURS = 24;
    private static final Duration REMINDER_LEAD = Duration.ofMinutes(2);
    private static final Duration MAIL_WAIT = Duration.ofMinutes(3);

    private final DemoOptions options;
    private final PrintStream out;
    private final HavenClient client;
    private final Instrument esti = InstrumentLoader.esti();

    DemoRun(DemoOptions options, PrintStream out) {
        this.options = options;
        this.out = out;
        this.client = new HavenClient(options.service(), options.researcher(), options.password());
    }

    void run() throws IOException, InterruptedException {
        ResponsesFile responses = options.responses() == null ? null : ResponsesFile.read(options.responses());
        int waves = responses == null ? options.waves() : Math.max(options.waves(), responses.highestWave());
        String title = responses == null
                ? "Haven demo: " + options.participants() + " synthetic participants, seed " + options.seed()
                : "Haven demo: import of " + options.responses().getFileName();
        boolean mail = options.greenMail() != null && responses == null;
        String studyId = mail ? client.createStudy(title, windowsWithClosingFirstWave(waves, Instant.now()))
                : client.createStudy(title, waves);
        client.publishEsti(studyId);
        if (mail) {
            client.setContactSchedule(studyId, mailSchedule());
        }
        Files.writeString(options.studyFile(), studyId + "\n", StandardCharsets.UTF_8);
        out.printf("  study %s (%d waves, ESTI v1)%n", studyId, waves);
        if (responses == null) {
            fillWithCohort(studyId, waves);
        } else {
            importOwnFile(studyId, responses);
        }
        new TopicCatchUp(options.bootstrapServers(), options.topic(), out)
                .await(client.audit(studyId), Duration.ofMinutes(3));
    }

    /**
     * Wave 1 absolute, open since before the imported slice's first answers and closing a day and
     * {@link #REMINDER_LEAD} from now; later waves always open, as without mail.
     */
    static List<Map<String, String>> windowsWithClosingFirstWave(int waves, Instant now) {
        Instant start = now.truncatedTo(ChronoUnit.SECONDS);
        List<Map<String, String>> windows = new ArrayList<>();
        windows.add(Map.of("type", "absolute",
                "opensAt", start.minus(Duration.ofDays((long) waves * DAYS_BETWEEN_WAVES + 1)).toString(),
                "closesAt", start.plus(Duration.ofHours(LAST_REMINDER_HOURS)).plus(REMINDER_LEAD).toString()));
        for (int i = 1; i < waves; i++) {
            windows.add(Map.of("type", "always"));
        }
        return windows;
    }

    /**
     * The default schedule and templates, plus the last reminder, and no quiet hours: a demo run at night would
     * otherwise hold every mail until 08:00.
     */
    static Map<String, Object> mailSchedule() {
        return Map.of("lastReminderHoursBeforeClose", LAST_REMINDER_HOURS, "quietFrom", "00:00",
                "quietUntil", "00:00");
    }

    private void fillWithCohort(String studyId, int waves) throws InterruptedException, IOException {
        List<SyntheticParticipant> cohort = new CohortGenerator(esti, PlantedEffects.DEFAULT, waves, options.seed(),
                IMPORT_EVERY).generate(options.participants());
        List<SyntheticParticipant> web = cohort.stream().filter(p -> !p.imported()).toList();
        List<SyntheticParticipant> paper = cohort.stream().filter(SyntheticParticipant::imported).toList();
        out.printf("  cohort: %d participants (seed %d): %d on the web API, %d through the CSV import%n",
                cohort.size(), options.seed(), web.size(), paper.size());
        MailSlice mail = null;
        if (options.greenMail() != null) {
            List<SyntheticParticipant> slice = web.subList(0, Math.min(options.mailParticipants(), web.size()));
            web = web.subList(slice.size(), web.size());
            mail = new MailSlice(client, new GreenMailInbox(options.greenMail()), studyId, out);
            mail.answerInvitations(slice, waves, MAIL_WAIT);
            if (options.mailboxesFile() != null) {
                Files.write(options.mailboxesFile(), mail.addresses(), StandardCharsets.UTF_8);
            }
        }
        int stored = new WebSubmitter(client, studyId, options.threads(), out).submitAll(web);
        out.printf("  web: %d submissions stored with the participants' own tokens%n", stored);
        if (mail != null) {
            mail.answerReminders(REMINDER_LEAD.plus(MAIL_WAIT));
        }
        if (paper.isEmpty()) {
            return;
        }
        ImportResult result = client.importCsv(studyId, ImportCsv.of(esti, paper, waves,
                LocalDate.now(ZoneOffset.UTC), DAYS_BETWEEN_WAVES));
        report(result);
        int expected = ImportCsv.units(paper);
        if (!result.errors().isEmpty() || result.stored() != expected) {
            throw new IllegalStateException("the import of the generated slice stored " + result.stored() + " of "
                    + expected + " participant-waves (rejected rows are listed above)");
        }
    }

    private void importOwnFile(String studyId, ResponsesFile responses) throws IOException {
        ImportResult result = client.importCsv(studyId, responses.content());
        report(result);
        if (result.stored() == 0) {
            throw new IllegalStateException("the import of " + options.responses() + " stored nothing");
        }
    }

    private void report(ImportResult result) throws IOException {
        out.printf("  import: %d participant-waves stored, %d already imported, %d rejected%n", result.stored(),
                result.alreadyImported(), result.rejected());
        List<String> lines = result.errors().stream().map(error -> String.format("rejected line %d (wave %s, item %s): %s",
                error.line(), error.wave() == null ? "?" : error.wave(), error.itemId() == null ? "?" : error.itemId(),
                error.reason())).toList();
        // A file with one systematic fault rejects every row: the console shows the first ones, the file all.
        lines.stream().limit(MAX_LISTED).forEach(line -> out.println("    " + line));
        if (lines.size() > MAX_LISTED) {
            out.printf("    ... and %d more rejected rows%n", lines.size() - MAX_LISTED);
        }
        if (options.rejectionsFile() != null && !lines.isEmpty()) {
            Files.write(options.rejectionsFile(), lines, StandardCharsets.UTF_8);
            out.println("    every rejected row: " + options.rejectionsFile());
        }
    }
}
