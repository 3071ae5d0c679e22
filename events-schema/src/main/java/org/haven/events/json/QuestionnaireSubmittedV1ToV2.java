package org.haven.events.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.haven.events.participant.QuestionnaireSubmitted;
import org.haven.events.participant.SubmissionSource;

/**
 * Revision 1 of QuestionnaireSubmitted, the prototype's shape, listed answers as
 * {@code [{"itemId": "respect_1", "value": 5}, ...]} and knew only web submissions. Revision 2 keys the
 * answers by item id (one value per item by construction) and records the source.
 */
final class QuestionnaireSubmittedV1ToV2 implements JsonUpcaster {

    @Override
    public String eventType() {
        return EventTypes.nameOf(QuestionnaireSubmitted.class);
    }

    @Override
    public int fromRevision() {
        return 1;
    }

    @Override
    public ObjectNode upcast(ObjectNode payload) {
        ObjectNode answers = payload.objectNode();
        for (JsonNode answer : payload.withArray("answers")) {
            answers.set(answer.required("itemId").asText(), answer.required("value"));
        }
        payload.set("answers", answers);
        if (!payload.has("source")) {
            payload.put("source", SubmissionSource.WEB.name());
        }
        return payload;
    }
}
