package org.haven.survey.draft;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.haven.survey.privacy.EncryptedJson;
import org.haven.survey.privacy.FieldCipher;
import org.springframework.jdbc.core.JdbcTemplate;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The unsent answers of one participant and wave, kept on the server instead of the browser: encrypted under the
 * participant's data key (so an erasure leaves them unreadable even before the row goes), never in an event.
 */
public class AnswerDrafts {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<TreeMap<String, Integer>> ANSWERS = new TypeReference<>() {
    };

    private final JdbcTemplate jdbc;
    private final FieldCipher cipher;
    private final Clock clock;

    public AnswerDrafts(JdbcTemplate jdbc, FieldCipher cipher, Clock clock) {
        this.jdbc = jdbc;
        this.cipher = cipher;
        this.clock = clock;
    }

    /** Replaces the draft; {@code closesAt} (null: never) is when the wave closes and the draft is deleted. */
    public void save(String participantId, int wave, Map<String, Integer> answers, Instant closesAt) {
        String sealed = EncryptedJson.write(cipher.encrypt(participantId, json(new TreeMap<>(answers))));
        jdbc.update("DELETE FROM answer_draft WHERE participant_id = ? AND wave = ?", participantId, wave);
        jdbc.update("INSERT INTO answer_draft (participant_id, wave, answers, closes_at, saved_at)"
                        + " VALUES (?, ?, ?, ?, ?)", participantId, wave, sealed,
                closesAt == null ? null : Timestamp.from(closesAt), Timestamp.from(clock.instant()));
    }

    /** The draft's answers; empty without a draft, after its wave closed, or once the data key is gone. */
    public Optional<Map<String, Integer>> find(String participantId, int wave) {
        return jdbc.query("SELECT answers FROM answer_draft WHERE participant_id = ? AND wave = ?"
                                + " AND (closes_at IS NULL OR closes_at > ?)",
                        (row, n) -> row.getString(1), participantId, wave, Timestamp.from(clock.instant()))
                .stream().findFirst()
                .flatMap(sealed -> cipher.decrypt(participantId, EncryptedJson.read(sealed)))
                .map(AnswerDrafts::answers);
    }

    public int delete(String participantId, int wave) {
        return jdbc.update("DELETE FROM answer_draft WHERE participant_id = ? AND wave = ?", participantId, wave);
    }

    public int deleteAll(String participantId) {
        return jdbc.update("DELETE FROM answer_draft WHERE participant_id = ?", participantId);
    }

    /** Deletes the drafts of every wave that has closed by now; returns how many went. */
    public int deleteClosed() {
        return jdbc.update("DELETE FROM answer_draft WHERE closes_at <= ?", Timestamp.from(clock.instant()));
    }

    private static String json(Map<String, Integer> answers) {
        try {
            return JSON.writeValueAsString(answers);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a draft", e);
        }
    }

    private static Map<String, Integer> answers(String json) {
        try {
            return JSON.readValue(json, ANSWERS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable draft", e);
        }
    }
}
