package org.haven.survey.contact;

import java.time.ZoneId;

/** Where and when to mail a participant: their decrypted address and their zone (their own, else the study's). */
public record ContactAddress(String participantId, String studyId, String email, ZoneId zone) {

    @Override
    public String toString() {
        return "ContactAddress[participantId=" + participantId + ", studyId=" + studyId + ", email=(redacted), zone="
                + zone + "]";
    }
}
