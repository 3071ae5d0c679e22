package org.haven.survey.it;

import com.fasterxml.jackson.databind.JsonNode;
import org.haven.events.participant.ContactAddressChanged;
import org.haven.events.participant.ParticipantEnrolled;
import org.haven.survey.contact.ContactAddress;
import org.haven.survey.contact.ContactDirectory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Enrollment with contact details, bulk enrollment from CSV and address changes through the real HTTP stack, checked
 * against the event store, the read model and the contact engine's view of each participant.
 */
class ContactEnrollmentIT extends ServiceTestSupport {

    static final String PUBLIC_URL = "https://study.example.org/haven";

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.register(registry);
        researcherAccount(registry);
        registry.add("haven.public-url", () -> PUBLIC_URL + "/");
        String adminHash = "{bcrypt}" + new BCryptPasswordEncoder(4).encode(ADMIN_PASSWORD);
        registry.add("haven.security.researchers[1].name", () -> ADMIN);
        registry.add("haven.security.researchers[1].password", () -> adminHash);
        registry.add("haven.security.researchers[1].roles[0]", () -> "ADMIN");
    }

    private static final String ADMIN = "contact-admin";
    private static final String ADMIN_PASSWORD = "erasure is for administrators";

    @Autowired
    ContactDirectory directory;

    @Test
    void enrolls_with_an_address_and_a_zone_of_their_own_and_hands_out_a_link_on_the_public_url() {
        String studyId = study();
        String ana = address("ana");

        var enrolled = api.postJson(participants(studyId), researcher(),
                "{\"consentFormVersion\":\"v1\",\"contactEmail\":\"" + ana + "\",\"timeZone\":\"America/Chicago\"}");

        assertThat(enrolled.status()).as(enrolled.body()).isEqualTo(201);
        String id = enrolled.json().get("participantId").asText();
        assertThat(enrolled.json().get("link").asText())
                .isEqualTo(PUBLIC_URL + "/p#" + enrolled.json().get("token").asText());
        assertThat(enrolled.json().get("linkSentByMail").asBoolean()).isFalse();
        assertThat(directory.addressOf(id)).contains(new ContactAddress(id, studyId, ana, ZoneId.of("America/Chicago")));
        assertThat(storedEvents(id).get(0).revision()).isEqualTo("2");
        assertThat(new String(storedEvents(id).get(0).payload(), StandardCharsets.UTF_8))
                .contains("\"timeZone\":\"America/Chicago\"").doesNotContain(ana);
        var reissued = api.post(participants(studyId) + "/" + id + "/token", researcher(), "application/json",
                new byte[0]);
        assertThat(reissued.json().get("link").asText())
                .isEqualTo(PUBLIC_URL + "/p#" + reissued.json().get("token").asText());
    }

    @Test
    void a_participant_without_a_zone_follows_the_studys() {
        String studyId = study();
        api.putJson("/api/studies/" + studyId + "/time-zone", researcher(), "{\"timeZone\":\"Asia/Tokyo\"}");

        String id = enrollWith(studyId, address("ben")).get("participantId").asText();

        assertThat(directory.addressOf(id).orElseThrow().zone()).isEqualTo(ZoneId.of("Asia/Tokyo"));
        api.putJson("/api/studies/" + studyId + "/time-zone", researcher(), "{\"timeZone\":\"Europe/Lisbon\"}");
        assertThat(directory.addressOf(id).orElseThrow().zone()).isEqualTo(ZoneId.of("Europe/Lisbon"));
    }

    @Test
    void refuses_an_unknown_zone_and_an_address_an_active_participant_already_has() {
        String studyId = study();
        String cleo = address("cleo");
        enrollWith(studyId, cleo);

        var zone = refused(400, () -> api.postJson(participants(studyId), researcher(),
                "{\"consentFormVersion\":\"v1\",\"timeZone\":\"Europe/Atlantis\"}"));
        assertThat(problemFields(zone.json())).contains("\"field\":\"timeZone\"");
        var twice = refused(409, () -> api.postJson(participants(studyId), researcher(),
                "{\"consentFormVersion\":\"v1\",\"contactEmail\":\"" + cleo.toUpperCase() + "\"}"));
        assertThat(problemFields(twice.json())).contains("\"field\":\"contactEmail\"");
        assertThat(twice.body()).doesNotContainIgnoringCase(cleo);

        String other = study();
        assertThat(enrollWith(other, cleo).get("participantId").asText()).isNotBlank();
    }

    @Test
    void in_a_study_with_a_schedule_the_link_goes_by_mail_unless_there_is_no_address() {
        String studyId = study();
        api.putJson("/api/studies/" + studyId + "/contact-schedule", researcher(), "{}");

        JsonNode mailed = enrollWith(studyId, address("dina"));
        var withoutAddress = api.postJson(participants(studyId), researcher(), "{\"consentFormVersion\":\"v1\"}");

        assertThat(mailed.get("linkSentByMail").asBoolean()).isTrue();
        assertThat(mailed.has("token")).isFalse();
        assertThat(mailed.has("link")).isFalse();
        assertThat(tokensOf(mailed.get("participantId").asText())).isZero();
        assertThat(withoutAddress.json().get("link").asText()).startsWith(PUBLIC_URL + "/p#");
    }

    @Test
    void bulk_enrolls_each_good_line_and_names_each_bad_line_with_its_reason() {
        String studyId = study();
        String eva = address("eva");
        String csv = "email,time_zone\n"
                + eva + ",Europe/Berlin\n"                     // line 2
                + "not-an-address,\n"                          // line 3
                + address("finn") + ",Mars/Base\n"             // line 4
                + eva.replace("eva", "Eva") + ",\n"            // line 5: line 2's address in other letters
                + "\n"                                         // line 6: blank, skipped
                + address("gus") + ",\n"                       // line 7
                + address("hal") + ",UTC,extra\n"              // line 8
                + ",Europe/Paris\n";                           // line 9

        var answer = bulk(studyId, csv);

        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        JsonNode report = answer.json();
        assertThat(report.get("enrolledCount").asInt()).isEqualTo(2);
        assertThat(report.get("refusedCount").asInt()).isEqualTo(5);
        assertThat(report.get("linksSentByMail").asBoolean()).isFalse();
        assertThat(lines(report.get("enrolled"))).containsExactly("2", "7");
        assertThat(lines(report.get("refused"))).containsExactly("3: malformed address",
                "4: unknown time zone (use an IANA name such as Europe/Berlin)",
                "5: the same address is already active in this study",
                "8: expected 2 fields as in the header, found 3", "9: no e-mail address");
        JsonNode first = report.get("enrolled").get(0);
        assertThat(first.get("link").asText()).isEqualTo(PUBLIC_URL + "/p#" + first.get("token").asText());
        assertThat(directory.addressOf(first.get("participantId").asText()))
                .contains(new ContactAddress(first.get("participantId").asText(), studyId, eva, ZoneId.of("Europe/Berlin")));
        assertThat(answer.body()).doesNotContain("not-an-address", "finn", "hal");
        assertThat(enrolledIn(studyId)).isEqualTo(2);
        assertThat(storedEvents(first.get("participantId").asText()).get(0).payloadType())
                .isEqualTo(ParticipantEnrolled.class.getName());
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        assertThat(jdbc.queryForList("SELECT address_hash FROM contact_address WHERE study_id = ?", String.class,
                studyId)).hasSize(2).allSatisfy(hash -> assertThat(hash).matches("[0-9a-f]{64}"));
    }

    @Test
    void bulk_enrollment_in_a_study_with_a_schedule_answers_ids_only() {
        String studyId = study();
        api.putJson("/api/studies/" + studyId + "/contact-schedule", researcher(), "{}");

        var answer = bulk(studyId, "\uFEFFemail\r\n" + address("ivy") + "\r\n" + address("jon") + "\r\n");

        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        assertThat(answer.json().get("linksSentByMail").asBoolean()).isTrue();
        for (JsonNode enrolled : answer.json().get("enrolled")) {
            assertThat(enrolled.has("token")).isFalse();
            assertThat(enrolled.has("link")).isFalse();
            assertThat(tokensOf(enrolled.get("participantId").asText())).isZero();
            assertThat(directory.addressOf(enrolled.get("participantId").asText())).isPresent();
        }
        assertThat(answer.body()).doesNotContain("ivy", "jon");
    }

    @Test
    void refuses_a_bulk_file_that_cannot_be_read_as_a_whole() {
        String studyId = study();
        String path = participants(studyId) + "/bulk?consentFormVersion=v1";

        for (byte[] file : List.of("mail,zone\nana@example.org,UTC\n".getBytes(StandardCharsets.UTF_8),
                "email\n".getBytes(StandardCharsets.UTF_8),
                "email\nj\u00f6rg@example.org\n".getBytes(StandardCharsets.ISO_8859_1))) {
            var refusal = refused(400, () -> api.post(path, researcher(), "text/csv", file));
            assertThat(problemFields(refusal.json())).contains("\"field\":\"file\"");
        }
        var noConsent = refused(400, () -> api.post(participants(studyId) + "/bulk", researcher(), "text/csv",
                "email\nana@example.org\n".getBytes(StandardCharsets.UTF_8)));
        assertThat(problemFields(noConsent.json())).contains("\"field\":\"consentFormVersion\"");
        var allBad = api.post(path, researcher(), "text/csv", "email\nnope\n".getBytes(StandardCharsets.UTF_8));
        assertThat(allBad.status()).isEqualTo(422);
        assertThat(enrolledIn(studyId)).isZero();
    }

    @Test
    void an_address_change_is_an_event_moves_the_mail_and_frees_the_old_address() {
        String studyId = study();
        String old = address("kim");
        String id = enrollWith(studyId, old).get("participantId").asText();
        String taken = address("lou");
        enrollWith(studyId, taken);
        String contact = participants(studyId) + "/" + id + "/contact";

        String fresh = address("kim.new");
        var changed = api.putJson(contact, researcher(), "{\"contactEmail\":\"" + fresh + "\"}");

        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        assertThat(api.get(contact, researcher()).json().get("contactEmail").asText()).isEqualTo(fresh);
        assertThat(directory.addressOf(id).orElseThrow().email()).isEqualTo(fresh);
        assertThat(storedEvents(id)).extracting(StoredEvent::payloadType)
                .contains(ContactAddressChanged.class.getName());
        assertThat(new String(storedEvents(id).get(1).payload(), StandardCharsets.UTF_8)).doesNotContain("kim");
        assertThat(enrollWith(studyId, old).get("participantId").asText()).isNotEqualTo(id);

        refused(409, () -> api.putJson(contact, researcher(), "{\"contactEmail\":\"" + taken + "\"}"));
        refused(422, () -> api.putJson(contact, researcher(), "{\"contactEmail\":\"kim at home\"}"));
        String otherStudy = study();
        refused(404, () -> api.putJson(participants(otherStudy) + "/" + id + "/contact", researcher(),
                "{\"contactEmail\":\"" + address("x") + "\"}"));
    }

    @Test
    void a_withdrawn_participants_address_may_be_enrolled_again() {
        String studyId = study();
        String max = address("max");
        String id = enrollWith(studyId, max).get("participantId").asText();
        api.postJson(participants(studyId) + "/" + id + "/withdrawal", researcher(), "{\"scope\":\"STOP_FUTURE_WAVES\"}");

        assertThat(enrollWith(studyId, max).get("participantId").asText()).isNotEqualTo(id);
    }

    @Test
    void an_erased_participant_has_no_address_left_to_mail_or_to_change() {
        String studyId = study();
        String nia = address("nia");
        String id = enrollWith(studyId, nia).get("participantId").asText();

        var erased = api.post(participants(studyId) + "/" + id + "/erasure", ApiClient.basic(ADMIN, ADMIN_PASSWORD),
                "application/json", new byte[0]);

        assertThat(erased.status()).as(erased.body()).isEqualTo(200);
        assertThat(directory.addressOf(id)).isEmpty();
        assertThat(new JdbcTemplate(dataSource).queryForObject(
                "SELECT COUNT(*) FROM contact_address WHERE participant_id = ?", Long.class, id)).isZero();
        refused(403, () -> api.putJson(participants(studyId) + "/" + id + "/contact", researcher(),
                "{\"contactEmail\":\"" + address("nia.new") + "\"}"));
        assertThat(new JdbcTemplate(dataSource).queryForObject(
                "SELECT COUNT(*) FROM participant_data_key WHERE participant_id = ?", Long.class, id)).isZero();
        assertThat(enrollWith(studyId, nia).get("participantId").asText()).isNotEqualTo(id);
    }

    // --- helpers -----------------------------------------------------------------------------------

    private String study() {
        return createStudy(false, "[{\"type\":\"always\"}]");
    }

    private static String participants(String studyId) {
        return "/api/studies/" + studyId + "/participants";
    }

    /** A unique address per test run: the database is shared between runs. */
    private static String address(String name) {
        return name + "." + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    }

    private JsonNode enrollWith(String studyId, String email) {
        var enrolled = api.postJson(participants(studyId), researcher(),
                "{\"consentFormVersion\":\"v1\",\"contactEmail\":\"" + email + "\"}");
        assertThat(enrolled.status()).as(enrolled.body()).isEqualTo(201);
        return enrolled.json();
    }

    private ApiClient.Response bulk(String studyId, String csv) {
        return api.post(participants(studyId) + "/bulk?consentFormVersion=consent-v1", researcher(), "text/csv",
                csv.getBytes(StandardCharsets.UTF_8));
    }

    private static List<String> lines(JsonNode entries) {
        List<String> lines = new ArrayList<>();
        entries.forEach(entry -> lines.add(entry.get("line").asText()
                + (entry.has("reason") ? ": " + entry.get("reason").asText() : "")));
        return lines;
    }

    private long tokensOf(String participantId) {
        return new JdbcTemplate(dataSource).queryForObject(
                "SELECT COUNT(*) FROM participant_token WHERE participant_id = ?", Long.class, participantId);
    }

    private long enrolledIn(String studyId) {
        return new JdbcTemplate(dataSource).queryForObject(
                "SELECT COUNT(*) FROM participant WHERE study_id = ?", Long.class, studyId);
    }
}
