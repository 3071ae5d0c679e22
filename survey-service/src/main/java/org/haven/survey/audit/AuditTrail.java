package org.haven.survey.audit;

import org.haven.events.HavenEvent;
import org.haven.events.json.EventCodec;
import org.haven.events.participant.ParticipantEvent;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/**
 * Reads a study's audit trail from the event store itself (not from a read model, which could drift): every
 * event of the study aggregate and of its participants' aggregates, oldest first. Events are read with the
 * events-schema codec, so any revision ever written is understood.
 */
@Component
public class AuditTrail {

    private static final String QUERY = "SELECT globalindex, payloadtype, payloadrevision, payload, timestamp"
            + " FROM domainevententry WHERE aggregateidentifier = ?"
            + " OR aggregateidentifier IN (SELECT participant_id FROM participant WHERE study_id = ?)";

    private record Row(long globalIndex, Instant time, AuditEntry entry) {
    }

    private final JdbcTemplate jdbc;
    private final EventCodec codec = EventCodec.standard();

    public AuditTrail(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public List<AuditEntry> of(String studyId) {
        List<Row> rows = jdbc.query(QUERY, (row, n) -> {
            String type = row.getString("payloadtype");
            HavenEvent event = codec.read(type, row.getString("payloadrevision"), row.getBytes("payload"));
            Instant time = Instant.parse(row.getString("timestamp"));
            String participantId = event instanceof ParticipantEvent participant ? participant.participantId() : null;
            return new Row(row.getLong("globalindex"), time,
                    new AuditEntry(time, simpleName(type), event.actor(), participantId));
        }, studyId, studyId);
        // By time, then by store order for events of the same instant (a study's creation and its waves).
        return rows.stream()
                .sorted(Comparator.comparing(Row::time).thenComparingLong(Row::globalIndex))
                .map(Row::entry)
                .toList();
    }

    private static String simpleName(String typeName) {
        return typeName.substring(typeName.lastIndexOf('.') + 1);
    }
}
