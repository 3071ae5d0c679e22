package org.haven.analytics.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.haven.analytics.cli.BatchCommand;
import org.haven.analytics.it.TopicFixture.Timed;
import org.haven.events.Actor;
import org.haven.events.EncryptedValue;
import org.haven.events.participant.ConsentWithdrawn;
import org.haven.events.participant.ParticipantEnrolled;
import org.haven.events.participant.ParticipantErased;
import org.haven.events.participant.QuestionnaireSubmitted;
import org.haven.events.participant.SubmissionSource;
import org.haven.events.participant.WithdrawalScope;
import org.haven.events.study.InstrumentVersionPublished;
import org.haven.events.study.StudyCreated;
import org.haven.events.study.WaveScheduled;
import org.haven.events.study.WaveWindow;
import org.haven.instrument.Instrument;
import org.haven.instrument.InstrumentLoader;
import org.haven.instrument.Item;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;
import org.haven.testing.KafkaTestBroker;

import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * docs/architecture.md and docs/data-formats.md: no output of a run holds a participant id or reference, an e-mail, a free-text comment
 * or a timestamp finer than days since enrollment. The study below carries everything personal the platform ever
 * handles (UUID participant ids, AES-GCM encrypted contact e-mails and comments with their key ids and nonces,
 * token-like submission ids, researcher and DPO names, consent-form versions, event times down to the nanosecond,
 * completion dates, withdrawals, an erasure, an import, a retried submission, a second study on the same topic);
 * the batch runs once over it and every file of the output folder is searched for each of those values.
 */
class NoIdentifiersIT {

    private static final String STUDY = "2019e1c0-7a5e-4b1d-8c2f-3e4d5c6b7a81";
    private static final String STUDY_TITLE = "Trust after relocation (pilot)";
    private static final String OTHER_STUDY = "study-elsewhere-0c1d";
    private static final String TOPIC = "haven.survey.events.no-identifiers";
    private static final String EXPORT_KEY = "no-identifiers-it-export-key-3b9f";
    private static final Map<String, String> ENVIRONMENT = Map.of("HAVEN_EXPORT_KEY", EXPORT_KEY);
    private static final Set<String> CSV_FILES = Set.of("statistics.csv", "scores_long.csv", "responses_long.csv",
            "responses_wide.csv", "codebook.csv");
    private static final Set<String> RUN_TIMESTAMPS = Set.of("/startedAt", "/finishedAt", "/asOf");

    private static final Pattern ISO_INSTANT = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T");
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern TIME_OF_DAY = Pattern.compile("\\d{1,2}:\\d{2}:\\d{2}");
    private static final Pattern E_MAIL = Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)+");
    private static final Pattern PID = Pattern.compile("[0-9a-f]{16}");

    private static final Actor MORGAN = Actor.researcher("dr.morgan");
    private static final Actor COLLABORATOR = Actor.researcher("prof.okonkwo-lindqvist");
    private static final Actor DPO = Actor.researcher("dpo.jansen-halvorsen");
    private static final List<String> ACTOR_NAMES = List.of(MORGAN.name(), COLLABORATOR.name(), DPO.name());
    private static final String CONSENT_FORM = "consent-form-v2.3-nl-signed";

    /** Every personal or identifying value the events carry, as it would be recognised in a file. */
    private static final List<Forbidden> PERSONAL = new ArrayList<>();
    /** Who acted: researchers' account names; only the manifest's {@code ranBy} may name a person running the batch. */
    private static final List<Forbidden> ACTORS = new ArrayList<>();
    /** Participant id to pseudonym for the participants the run must include. */
    private static final Map<String, String> INCLUDED = new TreeMap<>();
    /** pid and wave to expected days since enrollment. */
    private static final Map<String, Long> EXPECTED_DAYS = new TreeMap<>();

    private static EmbeddedKafkaKraftBroker broker;
    private static Path runFolder;
    private static String console;

    @TempDir
    static Path work;

    @BeforeAll
    static void runTheBatchOverAStudyFullOfPersonalData() throws Exception {
        List<Timed> events = events();
        broker = KafkaTestBroker.start();
        TopicFixture fixture = new TopicFixture(broker.getBrokersAsString());
        fixture.createTopic(TOPIC, 3);
        fixture.publish(TOPIC, events);

        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        PrintStream originalOut = System.out;
        int exit;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            exit = BatchCommand.run(new String[] {"--bootstrap-servers=" + broker.getBrokersAsString(),
                    "--topic=" + TOPIC, "--study=" + STUDY, "--out=" + work.resolve("out"),
                    "--haven.data-dir=" + work.resolve("repo")}, ENVIRONMENT,
                    new PrintStream(err, true, StandardCharsets.UTF_8));
        } finally {
            System.setOut(originalOut);
        }
        console = out.toString(StandardCharsets.UTF_8) + err.toString(StandardCharsets.UTF_8);
        assertThat(exit).as(console).isZero();
        try (Stream<Path> folders = Files.list(work.resolve("out"))) {
            List<Path> all = folders.toList();
            assertThat(all).as("one run folder").hasSize(1);
            runFolder = all.get(0);
        }
    }

    @AfterAll
    static void stopBroker() {
        if (broker != null) {
            broker.destroy();
        }
    }

    @Test
    void the_run_wrote_the_six_files_with_rows_for_every_included_participant() throws IOException {
        try (Stream<Path> files = Files.list(runFolder)) {
            assertThat(files.map(f -> f.getFileName().toString()).sorted().toList()).containsExactly("codebook.csv",
                    "haven.R", "haven.do", "haven.sps", "manifest.json", "report.html", "responses_long.csv",
                    "responses_wide.csv", "run-summary.json", "scores_long.csv", "statistics.csv");
        }
        assertThat(csv("scores_long.csv")).hasSizeGreaterThan(INCLUDED.size() * 3);
        assertThat(csv("responses_long.csv")).hasSizeGreaterThan(INCLUDED.size() * 36);
        assertThat(csv("statistics.csv")).isNotEmpty();
        JsonNode manifest = new ObjectMapper().readTree(runFolder.resolve("manifest.json").toFile());
        assertThat(manifest.at("/participants/included").asLong()).isEqualTo(INCLUDED.size());
        assertThat(manifest.at("/waves").toString()).isEqualTo("[1,2,3]");
        // the search below is not vacuous: the allowed, non-personal facts are there to be found
        assertThat(Files.readString(runFolder.resolve("manifest.json"))).contains(STUDY, STUDY_TITLE);
    }

    @Test
    void no_file_holds_an_identifier_an_e_mail_a_comment_a_key_id_a_nonce_or_a_ciphertext() throws IOException {
        List<String> found = new ArrayList<>();
        for (Path file : allFiles(work.resolve("out"))) {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            String name = work.resolve("out").relativize(file).toString();
            for (Forbidden forbidden : PERSONAL) {
                if (forbidden.in(text)) {
                    found.add(name + ": " + forbidden);
                }
            }
            Matcher email = E_MAIL.matcher(text);
            while (email.find()) {
                found.add(name + ": an e-mail address " + email.group());
            }
            // the manifest names who ran the batch (ranBy: HAVEN_RUN_BY or the OS user); nothing else names a person
            String withoutRanBy = text;
            if (file.getFileName().toString().equals("manifest.json")) {
                ObjectNode manifest = (ObjectNode) new ObjectMapper().readTree(text);
                manifest.remove("ranBy");
                withoutRanBy = manifest.toString();
            }
            for (Forbidden actor : ACTORS) {
                if (actor.in(withoutRanBy)) {
                    found.add(name + ": " + actor);
                }
            }
        }
        assertThat(found).as("personal data in the run's files").isEmpty();
    }

    @Test
    void no_file_holds_a_time_finer_than_days_since_enrollment() throws IOException {
        List<String> found = new ArrayList<>();
        for (String name : CSV_FILES) {
            String text = Files.readString(runFolder.resolve(name), StandardCharsets.UTF_8);
            for (Pattern pattern : List.of(ISO_INSTANT, ISO_DATE, TIME_OF_DAY)) {
                Matcher matcher = pattern.matcher(text);
                while (matcher.find()) {
                    found.add(name + ": " + pattern.pattern() + " matches \"" + matcher.group() + "\"");
                }
            }
        }
        // the manifest's own run timestamps are allowed; no other value or field name may hold a date or a time
        JsonNode manifest = new ObjectMapper().readTree(runFolder.resolve("manifest.json").toFile());
        // the report repeats the run's cutoff ("data as of"), a fact of the run, not of a participant
        String report = Files.readString(runFolder.resolve("report.html"), StandardCharsets.UTF_8);
        if (manifest.hasNonNull("asOf")) {
            report = report.replace(manifest.get("asOf").asText(), "");
        }
        for (Pattern pattern : List.of(ISO_INSTANT, ISO_DATE, TIME_OF_DAY)) {
            Matcher matcher = pattern.matcher(report);
            while (matcher.find()) {
                found.add("report.html: " + pattern.pattern() + " matches \"" + matcher.group() + "\"");
            }
        }
        walk(manifest, "", (pointer, value) -> {
            if (!RUN_TIMESTAMPS.contains(pointer)
                    && (ISO_DATE.matcher(value).find() || TIME_OF_DAY.matcher(value).find())) {
                found.add("manifest.json " + pointer + ": \"" + value + "\"");
            }
        });
        assertThat(found).as("dates or times in the run's files").isEmpty();

        // responses_long carries the day count, and it is the right one
        List<CSVRecord> responses = csv("responses_long.csv");
        assertThat(responses).isNotEmpty();
        List<String> wrongDays = new ArrayList<>();
        for (CSVRecord row : responses) {
            String days = row.get("days_since_enrollment");
            Long expected = EXPECTED_DAYS.get(row.get("pid") + "/" + row.get("wave"));
            if (!days.matches("\\d+") || expected == null || Long.parseLong(days) != expected) {
                wrongDays.add("line " + (row.getRecordNumber() + 1) + ": " + row.get("pid") + " wave " + row.get("wave")
                        + " days " + days + ", expected " + expected);
            }
        }
        assertThat(wrongDays).as("days_since_enrollment in responses_long.csv").isEmpty();
    }

    @Test
    void every_pid_is_the_keyed_pseudonym_of_an_included_participant() throws IOException {
        Set<String> expected = new TreeSet<>(INCLUDED.values());
        for (String name : List.of("scores_long.csv", "responses_long.csv", "responses_wide.csv")) {
            List<CSVRecord> rows = csv(name);
            assertThat(rows).as(name).isNotEmpty();
            Set<String> pids = new TreeSet<>();
            for (CSVRecord row : rows) {
                assertThat(row.get("pid")).as(name + " line " + row.getRecordNumber()).matches(PID);
                pids.add(row.get("pid"));
            }
            assertThat(pids).as(name).isEqualTo(expected);
        }
    }

    @Test
    void the_progress_printed_while_running_names_no_participant() {
        assertThat(console).as("the run printed its progress").contains("run folder:");
        List<String> found = PERSONAL.stream().filter(forbidden -> forbidden.in(console)).map(Forbidden::toString)
                .toList();
        assertThat(found).as("personal data in the console output").isEmpty();
    }

    // ---------------------------------------------------------------------------------------------------------

    /**
     * 30 participants of the study (UUID ids), three waves, answers of the whole ESTI instrument; participant 27
     * stops future waves (stays in), 28 withdraws the use of collected data and 29 is erased (both left out);
     * participants 5 and 6 came by CSV import; participant 0 retried a submission. Two more participants answer
     * another study on the same topic.
     */
    private static List<Timed> events() throws Exception {
        Random random = new Random(20190314L);
        Instrument esti = InstrumentLoader.esti();
        List<Timed> events = new ArrayList<>();
        Instant created = Instant.parse("2019-02-27T16:42:17.318530718Z");
        events.add(new Timed(new StudyCreated(STUDY, STUDY_TITLE, true, MORGAN), created));
        Instant scheduled = created.plusSeconds(3_607).plusNanos(271_828);
        events.add(new Timed(new WaveScheduled(STUDY, 1, new WaveWindow.RelativeToEnrollment(0, 21), MORGAN),
                scheduled));
        events.add(new Timed(new WaveScheduled(STUDY, 2, new WaveWindow.Absolute(
                Instant.parse("2019-08-31T22:00:00.123456789Z"), Instant.parse("2019-11-15T21:59:59.987654321Z")),
                COLLABORATOR), scheduled.plusMillis(1_414)));
        events.add(new Timed(new WaveScheduled(STUDY, 3, new WaveWindow.AlwaysOpen(), COLLABORATOR),
                scheduled.plusMillis(1_732)));
        events.add(new Timed(new InstrumentVersionPublished(STUDY, esti, MORGAN), scheduled.plusSeconds(59)));
        forbidTime(created);
        forbidTime(scheduled);
        forbidTime(Instant.parse("2019-08-31T22:00:00.123456789Z"));
        forbidTime(Instant.parse("2019-11-15T21:59:59.987654321Z"));

        Pseudonym pseudonym = new Pseudonym(EXPORT_KEY);
        Instant firstEnrollment = Instant.parse("2019-03-14T09:26:53.589793238Z");
        for (int p = 0; p < 30; p++) {
            String id = participantId(p);
            String email = p == 0 ? "alice.moreau@example.org" : "p" + p + ".moreau-" + Integer.toHexString(p * 7919)
                    + "@example.org";
            Instant enrolledAt = firstEnrollment.plusSeconds(3_600L * 31 * p + 17 * p).plusNanos(104_729L * p);
            Key key = Key.random(random);
            events.add(new Timed(new ParticipantEnrolled(id, STUDY, enrolledAt, CONSENT_FORM,
                    key.encrypt(random, email), p % 2 == 0 ? MORGAN : COLLABORATOR), enrolledAt));
            forbid("participant id", id);
            forbid("participant id without hyphens", id.replace("-", ""));
            forbid("contact e-mail", email);
            forbidTime(enrolledAt);
            forbid("enrollment date", LocalDate.ofInstant(enrolledAt, ZoneOffset.UTC).toString());
            boolean included = p != 28 && p != 29;
            if (included) {
                INCLUDED.put(id, pseudonym.of(id));
            }
            boolean imported = p == 5 || p == 6;
            for (int wave = 1; wave <= 3; wave++) {
                if (p == 27 && wave > 1) {
                    break;
                }
                if (wave == 3 && p % 4 == 1) {
                    continue; // some skip the last wave
                }
                Instant at = enrolledAt.plus(180L * (wave - 1) + 2 + p % 5, ChronoUnit.DAYS)
                        .plusSeconds(4_000 + 13L * p).plusNanos(999_999_999L - p);
                LocalDate completedOn = LocalDate.ofInstant(at, ZoneOffset.UTC).minusDays(imported ? 1 : 0);
                String comment = p == 0
                        ? "Wave " + wave + ": he reads my messages and I am scared to tell anyone. - Alice Moreau"
                        : "Wave " + wave + " note from participant " + p + ": things at home got worse in "
                                + (2019 + wave) + ", call me at +31 6 " + (12_345_678 + p);
                String submissionId = imported
                        ? "import-" + token(random, 12)
                        : "st_" + token(random, 24);
                QuestionnaireSubmitted submitted = new QuestionnaireSubmitted(id, STUDY, wave, esti.id(),
                        esti.version(), answers(esti, random, p, wave), imported ? null : key.encrypt(random, comment),
                        submissionId, imported ? SubmissionSource.IMPORT : SubmissionSource.WEB, completedOn,
                        imported ? Actor.system("import") : Actor.participant(id));
                events.add(new Timed(submitted, at));
                if (p == 0 && wave == 2) {
                    events.add(new Timed(submitted, at.plusSeconds(2).plusNanos(7))); // a retry, published twice
                }
                forbid("comment", comment);
                forbid("submission id", submissionId);
                forbidTime(at);
                forbid("completion date", completedOn.toString());
                if (included) {
                    EXPECTED_DAYS.put(pseudonym.of(id) + "/" + wave, ChronoUnit.DAYS.between(
                            LocalDate.ofInstant(enrolledAt, ZoneOffset.UTC), completedOn));
                }
            }
            Instant later = enrolledAt.plus(200, ChronoUnit.DAYS).plusSeconds(p).plusNanos(31_415);
            if (p == 27) {
                events.add(new Timed(new ConsentWithdrawn(id, STUDY, WithdrawalScope.STOP_FUTURE_WAVES,
                        Actor.participant(id)), later));
                forbidTime(later);
            } else if (p == 28) {
                events.add(new Timed(new ConsentWithdrawn(id, STUDY, WithdrawalScope.STOP_USING_COLLECTED_DATA,
                        DPO), later));
                forbidTime(later);
            } else if (p == 29) {
                events.add(new Timed(new ParticipantErased(id, STUDY, DPO), later.plus(400, ChronoUnit.DAYS)));
                forbidTime(later.plus(400, ChronoUnit.DAYS));
            }
        }

        // another team's study on the same topic
        events.add(new Timed(new StudyCreated(OTHER_STUDY, "Other team", false, MORGAN), created));
        events.add(new Timed(new InstrumentVersionPublished(OTHER_STUDY, esti, MORGAN), created.plusSeconds(1)));
        for (int p = 100; p < 102; p++) {
            String id = participantId(p);
            Key key = Key.random(random);
            String email = "someone.else" + p + "@example.net";
            Instant enrolledAt = firstEnrollment.plusSeconds(p);
            events.add(new Timed(new ParticipantEnrolled(id, OTHER_STUDY, enrolledAt, CONSENT_FORM,
                    key.encrypt(random, email), MORGAN), enrolledAt));
            String submissionId = "st_" + token(random, 24);
            events.add(new Timed(new QuestionnaireSubmitted(id, OTHER_STUDY, 1, esti.id(), esti.version(),
                    answers(esti, random, p, 1), key.encrypt(random, "other study comment " + p), submissionId,
                    SubmissionSource.WEB, LocalDate.ofInstant(enrolledAt, ZoneOffset.UTC), Actor.participant(id)),
                    enrolledAt.plusSeconds(600)));
            forbid("participant id (other study)", id);
            forbid("contact e-mail (other study)", email);
            forbid("comment (other study)", "other study comment " + p);
            forbid("submission id (other study)", submissionId);
        }
        forbid("export key", EXPORT_KEY);
        for (String actor : ACTOR_NAMES) {
            ACTORS.add(new Forbidden("actor name", actor, false));
        }
        return events;
    }

    /** Long, distinctive, reproducible UUIDs. */
    private static String participantId(int p) {
        return UUID.nameUUIDFromBytes(("haven no-identifiers participant " + p).getBytes(StandardCharsets.UTF_8))
                .toString();
    }

    private static Map<String, Integer> answers(Instrument instrument, Random random, int p, int wave) {
        Map<String, Integer> answers = new TreeMap<>();
        int level = 2 + p % 5;
        for (Item item : instrument.items()) {
            if (random.nextInt(25) == 0) {
                continue; // a skipped item
            }
            int value = Math.max(1, Math.min(7, level + random.nextInt(3) - 1 + wave / 2));
            answers.put(item.id(), item.reverse() ? 8 - value : value);
        }
        return answers;
    }

    /** Like a personal access token: base64url of random bytes. */
    private static String token(Random random, int bytes) {
        byte[] raw = new byte[bytes];
        random.nextBytes(raw);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
    }

    private static void forbid(String what, String text) {
        PERSONAL.add(new Forbidden(what, text, false));
    }

    /** An event's time in the forms it could leak in: ISO-8601, epoch seconds, epoch milliseconds. */
    private static void forbidTime(Instant time) {
        forbid("event time", time.toString());
        forbid("event time, whole seconds", time.truncatedTo(ChronoUnit.SECONDS).toString());
        forbid("event time, epoch seconds", Long.toString(time.getEpochSecond()));
        forbid("event time, epoch milliseconds", Long.toString(time.toEpochMilli()));
    }

    /** A participant's data key: AES-256-GCM, as the survey-service encrypts personal fields. */
    private record Key(String keyId, SecretKeySpec secret) {

        static Key random(Random random) {
            byte[] secret = new byte[32];
            random.nextBytes(secret);
            byte[] id = new byte[10];
            random.nextBytes(id);
            String keyId = "kms:haven:participant-dek:" + HexFormat.of().formatHex(id);
            forbid("key id", keyId);
            return new Key(keyId, new SecretKeySpec(secret, "AES"));
        }

        EncryptedValue encrypt(Random random, String plaintext) throws Exception {
            byte[] nonce = new byte[12];
            random.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, secret, new GCMParameterSpec(128, nonce));
            byte[] ciphertext = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
            forbidBytes("nonce", nonce);
            forbidBytes("ciphertext", ciphertext);
            return new EncryptedValue(keyId, nonce, ciphertext);
        }

        private static void forbidBytes(String what, byte[] bytes) {
            PERSONAL.add(new Forbidden(what + " (Base64)", Base64.getEncoder().encodeToString(bytes), true));
            PERSONAL.add(new Forbidden(what + " (Base64, unpadded)",
                    Base64.getEncoder().withoutPadding().encodeToString(bytes), true));
            PERSONAL.add(new Forbidden(what + " (base64url)",
                    Base64.getUrlEncoder().withoutPadding().encodeToString(bytes), true));
            PERSONAL.add(new Forbidden(what + " (hex)", HexFormat.of().formatHex(bytes), false));
        }
    }

    /** pid = first 16 hex characters of HMAC-SHA-256(export key, participant id), computed independently. */
    private record Pseudonym(String exportKey) {

        String of(String participantId) throws Exception {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(exportKey.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(participantId.getBytes(StandardCharsets.UTF_8))).substring(0, 16);
        }
    }

    private record Forbidden(String what, String text, boolean caseSensitive) {

        boolean in(String haystack) {
            return caseSensitive ? haystack.contains(text)
                    : haystack.toLowerCase(Locale.ROOT).contains(text.toLowerCase(Locale.ROOT));
        }

        @Override
        public String toString() {
            return what + " \"" + text + "\"";
        }
    }

    private static List<Path> allFiles(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            List<Path> all = files.filter(Files::isRegularFile).sorted().toList();
            assertThat(all).as("files under " + root).isNotEmpty();
            return all;
        }
    }

    private static List<CSVRecord> csv(String name) throws IOException {
        String text = Files.readString(runFolder.resolve(name), StandardCharsets.UTF_8);
        try (CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build()
                .parse(new StringReader(text))) {
            return parser.getRecords();
        }
    }

    private interface Visitor {
        void visit(String pointer, String text);
    }

    /** Every field name and every scalar value of a JSON tree, with its JSON pointer. */
    private static void walk(JsonNode node, String pointer, Visitor visitor) {
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                String childPointer = pointer + "/" + field.getKey();
                visitor.visit(childPointer + " (field name)", field.getKey());
                walk(field.getValue(), childPointer, visitor);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                walk(node.get(i), pointer + "/" + i, visitor);
            }
        } else if (!node.isNull()) {
            visitor.visit(pointer, node.asText());
        }
    }
}
