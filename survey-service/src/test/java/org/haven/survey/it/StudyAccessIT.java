package org.haven.survey.it;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.BiFunction;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who reaches which study, through the real HTTP stack, each boundary both ways: the owner can and a stranger
 * gets the 404 of a study that does not exist; a collaborator can once added; an ADMIN reaches every study;
 * only an ADMIN gets past the erasure rule. Every refused request stores no event.
 */
class StudyAccessIT extends ServiceTestSupport {

    static final String STRANGER = "it-stranger";
    static final String ADMIN = "it-admin";
    static final String OTHER_PASSWORD = "another long test password";

    @DynamicPropertySource
    static void accounts(DynamicPropertyRegistry registry) {
        TestDatabase.register(registry);
        researcherAccounts(registry);
    }

    /** The owner (it-researcher), a second RESEARCHER and an ADMIN. */
    static void researcherAccounts(DynamicPropertyRegistry registry) {
        researcherAccount(registry);
        String hash = "{bcrypt}" + new BCryptPasswordEncoder(4).encode(OTHER_PASSWORD);
        registry.add("haven.security.researchers[1].name", () -> STRANGER);
        registry.add("haven.security.researchers[1].password", () -> hash);
        registry.add("haven.security.researchers[2].name", () -> ADMIN);
        registry.add("haven.security.researchers[2].password", () -> hash);
        registry.add("haven.security.researchers[2].roles[0]", () -> "ADMIN");
    }

    /**
     * One study endpoint: how to call it on a study, and what the owner (or an admin) and a collaborator get.
     * A collaborator reaches every endpoint; sharing the study further is the owner's decision (403).
     */
    private record Endpoint(String name, int ownerStatus, int collaboratorStatus,
                            BiFunction<String, String, ApiClient.Response> call) {

        Endpoint(String name, int status, BiFunction<String, String, ApiClient.Response> call) {
            this(name, status, status, call);
        }
    }

    private String studyId;
    private String participantId;

    @BeforeEach
    void ownersStudy() {
        studyId = createStudy(researcher(), true, "[{\"type\":\"always\"}]");
        participantId = enroll(studyId).participantId();
    }

    @Test
    void the_owner_reaches_every_study_endpoint_and_a_stranger_gets_the_404_of_a_missing_study() {
        String madeUp = UUID.randomUUID().toString();
        for (Endpoint endpoint : endpoints()) {
            var owners = endpoint.call().apply(studyId, researcher());
            assertThat(owners.status()).as(endpoint.name() + ": " + owners.body()).isEqualTo(endpoint.ownerStatus());

            var strangers = refused(404, () -> endpoint.call().apply(studyId, stranger()));
            var missing = refused(404, () -> endpoint.call().apply(madeUp, stranger()));
            assertThat(strangers.body().replace(studyId, "ID")).as(endpoint.name())
                    .isEqualTo(missing.body().replace(madeUp, "ID"));
        }
    }

    @Test
    void a_collaborator_reaches_the_study_once_the_owner_added_them() {
        refused(404, () -> api.get("/api/studies/" + studyId + "/progress", stranger()));
        assertThat(listed(stranger())).doesNotContain(studyId);

        long before = eventCount();
        var added = addCollaborator(researcher(), STRANGER);
        assertThat(added.status()).as(added.body()).isEqualTo(201);
        assertThat(added.json().get("outcome").asText()).isEqualTo("ADDED");
        assertThat(eventCount()).isEqualTo(before + 1);

        for (Endpoint endpoint : endpoints()) {
            var response = endpoint.call().apply(studyId, stranger());
            assertThat(response.status()).as(endpoint.name() + ": " + response.body())
                    .isEqualTo(endpoint.collaboratorStatus());
        }
        assertThat(listed(stranger())).contains(studyId);
        JsonNode members = api.get("/api/studies/" + studyId + "/collaborators", stranger()).json();
        assertThat(members.toString()).isEqualTo("[{\"researcher\":\"" + RESEARCHER + "\",\"membership\":\"OWNER\"},"
                + "{\"researcher\":\"" + STRANGER + "\",\"membership\":\"COLLABORATOR\"}]");
    }

    @Test
    void adding_a_member_again_stores_nothing_and_only_the_owner_or_an_admin_may_add() {
        assertThat(addCollaborator(researcher(), STRANGER).status()).isEqualTo(201);

        long before = eventCount();
        var again = addCollaborator(researcher(), STRANGER);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().get("outcome").asText()).isEqualTo("ALREADY_MEMBER");
        assertThat(eventCount()).isEqualTo(before);

        var byCollaborator = refused(403, () -> addCollaborator(stranger(), ADMIN));
        assertThat(byCollaborator.json().get("detail").asText()).contains("only the study's owner or an admin");
        var unknown = refused(422, () -> addCollaborator(researcher(), "dr.nobody"));
        assertThat(problemFields(unknown.json())).contains("researcher");
        refused(422, () -> addCollaborator(researcher(), " "));
        refused(400, () -> api.postJson("/api/studies/" + studyId + "/collaborators", researcher(),
                "{\"name\":\"" + STRANGER + "\"}"));
    }

    @Test
    void an_admin_reaches_every_study_and_may_share_one_they_do_not_own() {
        String strangersStudy = createStudy(stranger(), false, "[{\"type\":\"always\"}]");

        assertThat(listed(admin())).contains(studyId, strangersStudy);
        for (Endpoint endpoint : endpoints()) {
            var response = endpoint.call().apply(studyId, admin());
            assertThat(response.status()).as(endpoint.name() + ": " + response.body())
                    .isEqualTo(endpoint.ownerStatus());
        }
        var added = addCollaborator(admin(), STRANGER);
        assertThat(added.status()).as(added.body()).isEqualTo(201);
        assertThat(api.get("/api/studies/" + studyId, stranger()).status()).isEqualTo(200);
        refused(404, () -> api.get("/api/studies/" + UUID.randomUUID(), admin()));
    }

    @Test
    void the_study_list_holds_only_the_callers_own_and_shared_studies() {
        String strangersStudy = createStudy(stranger(), false, "[{\"type\":\"always\"}]");

        assertThat(listed(researcher())).contains(studyId).doesNotContain(strangersStudy);
        assertThat(listed(stranger())).contains(strangersStudy).doesNotContain(studyId);
        // The database is shared by the test classes and runs: compare with every study the account is a member of.
        assertThat(listed(stranger())).containsExactlyInAnyOrderElementsOf(memberships(STRANGER));
        // The study's creator owns it.
        assertThat(api.get("/api/studies/" + strangersStudy, stranger()).json().get("owner").asText())
                .isEqualTo(STRANGER);
    }

    @Test
    void only_an_admin_gets_past_the_erasure_rule() {
        String erasure = "/api/studies/" + studyId + "/participants/" + participantId + "/erasure";

        var owners = refused(403, () -> api.postJson(erasure, researcher(), "{}"));
        assertThat(owners.json().get("detail").asText()).contains("ADMIN");
        // The role is checked before the study, so a stranger learns nothing about the study either.
        var strangers = refused(403, () -> api.postJson(erasure, stranger(), "{}"));
        assertThat(strangers.body()).isEqualTo(owners.body());
        refused(401, () -> api.postJson(erasure, ApiClient.basic(ADMIN, "wrong password"), "{}"));

        var admins = api.postJson(erasure, admin(), "{}");
        assertThat(admins.status()).as(admins.body()).isNotIn(401, 403);
    }

    @Test
    void a_stranger_gets_404_even_on_a_path_no_endpoint_serves() {
        var strangers = refused(404, () -> api.get("/api/studies/" + studyId + "/no-such-endpoint", stranger()));
        var owners = api.get("/api/studies/" + studyId + "/no-such-endpoint", researcher());

        assertThat(owners.status()).isEqualTo(404);
        assertThat(strangers.body()).contains("does not exist");
    }

    private List<Endpoint> endpoints() {
        String esti = api.get("/api" + ESTI_PATH, researcher()).body();
        List<Endpoint> endpoints = new ArrayList<>();
        endpoints.add(new Endpoint("get study", 200, (id, auth) -> api.get(path(id), auth)));
        endpoints.add(new Endpoint("publish built-in", 200, (id, auth) ->
                api.post(path(id) + "/instruments/builtin/esti-v1", auth, "application/json", new byte[0])));
        endpoints.add(new Endpoint("publish instrument", 200, (id, auth) ->
                api.postJson(path(id) + "/instruments", auth, esti)));
        endpoints.add(new Endpoint("enroll", 201, (id, auth) ->
                api.postJson(path(id) + "/participants", auth, "{\"consentFormVersion\":\"consent-v1\"}")));
        endpoints.add(new Endpoint("re-issue token", 201, (id, auth) ->
                api.post(path(id) + "/participants/" + participantId + "/token", auth, "application/json",
                        new byte[0])));
        endpoints.add(new Endpoint("progress", 200, (id, auth) -> api.get(path(id) + "/progress", auth)));
        endpoints.add(new Endpoint("import", 200, (id, auth) -> api.post(path(id) + "/imports", auth, "text/csv",
                "participant_ref,wave,item_id,value\nREF-1,1,respect_1,4\n".getBytes(StandardCharsets.UTF_8))));
        endpoints.add(new Endpoint("list imports", 200, (id, auth) -> api.get(path(id) + "/imports", auth)));
        endpoints.add(new Endpoint("audit", 200, (id, auth) -> api.get(path(id) + "/audit", auth)));
        endpoints.add(new Endpoint("list collaborators", 200, (id, auth) -> api.get(path(id) + "/collaborators", auth)));
        endpoints.add(new Endpoint("add collaborator", 200, 403, (id, auth) ->
                api.postJson(path(id) + "/collaborators", auth, "{\"researcher\":\"" + RESEARCHER + "\"}")));
        return endpoints;
    }

    private ApiClient.Response addCollaborator(String caller, String account) {
        return api.postJson(path(studyId) + "/collaborators", caller, "{\"researcher\":\"" + account + "\"}");
    }

    private List<String> listed(String caller) {
        var studies = api.get("/api/studies", caller);
        assertThat(studies.status()).isEqualTo(200);
        List<String> ids = new ArrayList<>();
        studies.json().forEach(study -> ids.add(study.get("studyId").asText()));
        return ids;
    }

    private List<String> memberships(String researcher) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement(
                     "SELECT study_id FROM study_member WHERE researcher = ?")) {
            query.setString(1, researcher);
            List<String> ids = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getString(1));
                }
            }
            return ids;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String path(String studyId) {
        return "/api/studies/" + studyId;
    }

    private String stranger() {
        return ApiClient.basic(STRANGER, OTHER_PASSWORD);
    }

    private String admin() {
        return ApiClient.basic(ADMIN, OTHER_PASSWORD);
    }
}
