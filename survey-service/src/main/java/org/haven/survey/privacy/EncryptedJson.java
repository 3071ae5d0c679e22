package org.haven.survey.privacy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.haven.events.EncryptedValue;
import org.haven.events.json.EventJson;

/** An encrypted value as JSON text, for read-model columns that keep the ciphertext beside the events. */
public final class EncryptedJson {

    private static final ObjectMapper JSON = EventJson.newMapper();

    private EncryptedJson() {
    }

    public static String write(EncryptedValue value) {
        try {
            return value == null ? null : JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write an encrypted value", e);
        }
    }

    public static EncryptedValue read(String json) {
        try {
            return json == null ? null : JSON.readValue(json, EncryptedValue.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable encrypted value in the read model", e);
        }
    }
}
