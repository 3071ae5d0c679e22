package org.haven.survey.contact;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/**
 * The answer to a bulk enrollment: each new participant with the line they came from, and each refused line with
 * its reason. Tokens and links only when {@code linksSentByMail} is false (the study has no contact schedule).
 */
public record BulkReport(int enrolledCount, int refusedCount, boolean linksSentByMail, List<Enrolled> enrolled,
                         List<Refused> refused) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Enrolled(long line, String participantId, String token, String link) {
        @Override
        public String toString() {
            return "Enrolled[line=" + line + ", participantId=" + participantId + ", token=(redacted), link=(redacted)]";
        }
    }

    public record Refused(long line, String reason) {
    }

    static BulkReport of(boolean byMail, List<Enrolled> enrolled, List<Refused> refused) {
        return new BulkReport(enrolled.size(), refused.size(), byMail, List.copyOf(enrolled), List.copyOf(refused));
    }
}
