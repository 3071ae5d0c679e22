package org.haven.survey.it;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

/** The CSV import through the real HTTP stack (docs/data-formats.md), checked against the event store. */
class ImportFlowIT extends ServiceTestSupport {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.register(registry);
        researcherAccount(registry);
    }

    /** 3 participants x 2 waves x 2 items; line 9 (REF-GAMMA, wave 1) holds the one bad value. */
    private static final String FILE = "\uFEFFitem_id,participant_ref,value,wave,completed_on\r\n"
            + "respect_1,REF-ALPHA,5,1,2026-09-01\r\n"
            + "trust_1,REF-ALPHA,6,1,2026-09-01\r\n"
            + "respect_1,REF-ALPHA,4,2,2026-10-01\r\n"
            + "trust_1,REF-ALPHA,,2,2026-10-01\r\n"
            + "respect_1,REF-BETA,2,1,2026-09-03\r\n"
            + "trust_1,REF-BETA,3,1,2026-09-03\r\n"
            + "respect_1,REF-GAMMA,7,1,2026-09-05\r\n"
            + "trust_1,REF-GAMMA,8,1,2026-09-05\r\n"
            + "respect_1,REF-BETA,3,2,2026-10-02\r\n"
            + "trust_1,REF-BETA,3,2,2026-10-02\r\n"
            + "respect_1,REF-GAMMA,6,2,2026-10-04\r\n"
            + "trust_1,REF-GAMMA,6,2,2026-10-04\r\n";

    @Test
    void an_import_stores_the_good_participant_waves_and_reports_the_bad_line() throws SQLException {
        String studyId = createStudy(true, "[{\"type\":\"always\"},{\"type\":\"always\"}]");
        long before = eventCount();

        var report = importCsv(studyId, FILE);

        assertThat(report.status()).as(report.body()).isEqualTo(200);
        assertThat(report.json().get("stored").asInt()).isEqualTo(5);
        assertThat(report.json().get("alreadyImported").asInt()).isZero();
        assertThat(report.json().get("rejected").asInt()).isEqualTo(1);
        JsonNode error = report.json().get("errors").get(0);
        assertThat(report.json().get("errors")).hasSize(1);
        assertThat(error.get("line").asInt()).isEqualTo(9);
        assertThat(error.get("wave").asInt()).isEqualTo(1);
        assertThat(error.get("itemId").asText()).isEqualTo("trust_1");
        assertThat(error.get("reason").asText()).contains("outside the scale 1 to 7");
        // three participants enrolled on the fly, five participant-waves stored
        assertThat(eventCount()).isEqualTo(before + 3 + 5);

        var progress = api.get("/api/studies/" + studyId + "/progress", researcher()).json();
        assertThat(progress.get("enrolled").asInt()).isEqualTo(3);
        assertThat(progress.get("waves").get(0).get("imported").asInt()).isEqualTo(2);
        assertThat(progress.get("waves").get(1).get("imported").asInt()).isEqualTo(3);
        assertThat(enrollmentDates(studyId)).containsExactly("2026-09-01", "2026-09-03", "2026-09-05");
        assertThat(payloadsOf(studyId)).doesNotContain("REF-ALPHA", "REF-BETA", "REF-GAMMA");
    }

    @Test
    void re_importing_identical_answers_stores_nothing_and_different_answers_conflict() {
        String studyId = createStudy(true, "[{\"type\":\"always\"},{\"type\":\"always\"}]");
        importCsv(studyId, FILE);
        long before = eventCount();

        var again = importCsv(studyId, FILE);
        assertThat(again.json().get("stored").asInt()).isZero();
        assertThat(again.json().get("alreadyImported").asInt()).isEqualTo(5);
        assertThat(again.status()).as("nothing stored and a bad row: 422").isEqualTo(422);
        assertThat(eventCount()).isEqualTo(before);

        var corrected = importCsv(studyId, "participant_ref,wave,item_id,value,completed_on\n"
                + "REF-GAMMA,1,respect_1,7,2026-09-05\nREF-GAMMA,1,trust_1,7,2026-09-05\n");
        assertThat(corrected.status()).isEqualTo(200);
        assertThat(corrected.json().get("stored").asInt()).isEqualTo(1);
        assertThat(eventCount()).isEqualTo(before + 1);

        var changed = importCsv(studyId, "participant_ref,wave,item_id,value\nREF-BETA,1,respect_1,1\n");
        assertThat(changed.status()).isEqualTo(422);
        assertThat(changed.json().get("rejected").asInt()).isEqualTo(1);
        assertThat(changed.json().get("errors").get(0).get("line").asInt()).isEqualTo(2);
        assertThat(changed.json().get("errors").get(0).get("reason").asText()).contains("different answers");
        assertThat(eventCount()).isEqualTo(before + 1);
    }

    @Test
    void without_completed_on_the_answers_are_dated_today_and_unknown_refs_are_refused_when_enrollment_is_off() {
        String open = createStudy(true, "[{\"type\":\"always\"}]");
        var dated = importCsv(open, "wave,participant_ref,item_id,value\n1,P-1,respect_1,4\n");
        assertThat(dated.json().get("stored").asInt()).isEqualTo(1);
        assertThat(enrollmentDates(open)).containsExactly(LocalDate.now(ZoneOffset.UTC).toString());

        String closed = createStudy(false, "[{\"type\":\"always\"}]");
        long before = eventCount();
        var refused = importCsv(closed, "participant_ref,wave,item_id,value\nP-1,1,respect_1,4\n");
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().get("errors").get(0).get("reason").asText())
                .contains("does not enroll participants from imports");
        assertThat(eventCount()).isEqualTo(before);
    }

    @Test
    void every_import_is_recorded_with_its_file_digest_and_listed_newest_first_without_any_reference() throws Exception {
        String studyId = createStudy(true, "[{\"type\":\"always\"},{\"type\":\"always\"}]");

        var report = importCsv(studyId, FILE);
        assertThat(report.json().get("moreErrors").asLong()).isZero();
        String importId = report.json().get("importId").asText();
        String wrongHeader = "participant,wave,item,value\nREF-DELTA,1,respect_1,4\n";
        refused(400, () -> importCsv(studyId, wrongHeader));

        var listed = api.get("/api/studies/" + studyId + "/imports", researcher());
        assertThat(listed.status()).as(listed.body()).isEqualTo(200);
        assertThat(listed.json()).hasSize(2);
        JsonNode refusedOne = listed.json().get(0);
        assertThat(refusedOne.get("status").asText()).isEqualTo("REFUSED");
        assertThat(refusedOne.get("fileSha256").asText()).isEqualTo(sha256(wrongHeader));
        assertThat(refusedOne.get("stored").asInt()).isZero();
        JsonNode completed = listed.json().get(1);
        assertThat(completed.get("importId").asText()).isEqualTo(importId);
        assertThat(completed.get("status").asText()).isEqualTo("COMPLETED");
        assertThat(completed.get("researcher").asText()).isEqualTo(RESEARCHER);
        assertThat(completed.get("fileSha256").asText()).isEqualTo(sha256(FILE));
        assertThat(completed.get("fileBytes").asLong()).isEqualTo(FILE.getBytes(StandardCharsets.UTF_8).length);
        assertThat(completed.get("stored").asInt()).isEqualTo(5);
        assertThat(completed.get("alreadyImported").asInt()).isZero();
        assertThat(completed.get("rejected").asInt()).isEqualTo(1);
        assertThat(completed.get("rowErrors").asInt()).isEqualTo(1);
        assertThat(java.time.Instant.parse(completed.get("finishedAt").asText()))
                .isAfterOrEqualTo(java.time.Instant.parse(completed.get("startedAt").asText()));
        assertThat(listed.body()).doesNotContain("REF-", "respect_1");

        var again = importCsv(studyId, FILE);
        var relisted = api.get("/api/studies/" + studyId + "/imports?limit=1", researcher()).json();
        assertThat(relisted).hasSize(1);
        assertThat(relisted.get(0).get("importId").asText()).isEqualTo(again.json().get("importId").asText());
        assertThat(relisted.get(0).get("alreadyImported").asInt()).isEqualTo(5);
    }

    @Test
    void a_reference_differing_from_a_known_one_only_in_letter_case_is_enrolled_with_a_warning_that_does_not_quote_it() {
        String studyId = createStudy(true, "[{\"type\":\"always\"}]");
        var first = importCsv(studyId, "participant_ref,wave,item_id,value\nKILL-002,1,respect_1,4\n");
        assertThat(first.json().get("warnings")).isEmpty();

        var second = importCsv(studyId, "participant_ref,wave,item_id,value\nkill-002,1,respect_1,5\n");

        assertThat(second.status()).as(second.body()).isEqualTo(200);
        assertThat(second.json().get("stored").asInt()).as("references are case-sensitive").isEqualTo(1);
        JsonNode warning = second.json().get("warnings").get(0);
        assertThat(second.json().get("warnings")).hasSize(1);
        assertThat(warning.get("line").asInt()).isEqualTo(2);
        assertThat(warning.get("message").asText()).contains("differs only in letter case", "already in this study");
        assertThat(second.body()).doesNotContainIgnoringCase("kill-002");
        assertThat(api.get("/api/studies/" + studyId + "/progress", researcher()).json().get("enrolled").asInt())
                .isEqualTo(2);
    }

    private static String sha256(String text) throws java.security.NoSuchAlgorithmException {
        return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                .digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    private ApiClient.Response importCsv(String studyId, String csv) {
        return api.post("/api/studies/" + studyId + "/imports", researcher(), "text/csv",
                csv.getBytes(StandardCharsets.UTF_8));
    }

    private java.util.List<String> enrollmentDates(String studyId) {
        return new org.springframework.jdbc.core.JdbcTemplate(dataSource).queryForList(
                "SELECT enrolled_at FROM participant WHERE study_id = ? ORDER BY enrolled_at", java.sql.Timestamp.class,
                studyId).stream().map(ts -> ts.toInstant().atZone(ZoneOffset.UTC).toLocalDate().toString()).toList();
    }

    /** Every stored payload of the study's participants, as text. */
    private String payloadsOf(String studyId) throws SQLException {
        StringBuilder all = new StringBuilder();
        try (Connection connection = dataSource.getConnection();
             var query = connection.prepareStatement("SELECT e.payload FROM domainevententry e"
                     + " JOIN participant p ON p.participant_id = e.aggregateidentifier WHERE p.study_id = ?")) {
            query.setString(1, studyId);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    all.append(new String(rows.getBytes(1), StandardCharsets.UTF_8));
                }
            }
        }
        assertThat(all).isNotEmpty();
        return all.toString();
    }
}
