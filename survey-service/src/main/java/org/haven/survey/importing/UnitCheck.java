package org.haven.survey.importing;

import org.haven.instrument.Instrument;
import org.haven.instrument.Item;
import org.haven.survey.importing.ImportPlanner.CheckedRow;
import org.haven.survey.importing.ImportPlanner.UnitKey;
import org.haven.survey.participant.ParticipantStatus;
import org.haven.survey.study.StudyDefinition;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The checks of one participant-wave as a whole: who the reference is, one row per item, one completion
 * date, required items present and at least one item answered.
 */
record UnitCheck(UnitKey key, List<CheckedRow> rows, Optional<KnownRef> ref, StudyDefinition study,
                 Instrument instrument) {

    List<RowError> errors() {
        String refProblem = refProblem();
        if (refProblem != null) {
            return rows.stream().map(row -> error(row.line(), row.itemId(), refProblem)).toList();
        }
        List<RowError> errors = new ArrayList<>();
        Map<String, Long> firstLineOfItem = new HashMap<>();
        CheckedRow first = rows.get(0);
        for (CheckedRow row : rows) {
            Long earlier = firstLineOfItem.putIfAbsent(row.itemId(), row.line());
            if (earlier != null) {
                errors.add(error(row.line(), row.itemId(), "item " + row.itemId()
                        + " appears twice for this participant and wave (first on line " + earlier + ")"));
            } else if (row.valid() && first.valid() && !Objects.equals(row.completedOn(), first.completedOn())) {
                errors.add(error(row.line(), row.itemId(), "completed_on differs from line " + first.line()
                        + " within this participant and wave"));
            }
        }
        if (rows.stream().allMatch(CheckedRow::valid)) {
            for (Item item : instrument.items()) {
                if (item.required() && rows.stream().noneMatch(row -> item.id().equals(row.itemId()) && row.value() != null)) {
                    errors.add(error(first.line(), item.id(), "required item " + item.id() + " is missing"));
                }
            }
            if (rows.stream().allMatch(row -> row.value() == null)) {
                errors.add(error(first.line(), null, "no item of this participant and wave is answered"));
            }
        }
        return errors;
    }

    private String refProblem() {
        if (ref.isEmpty()) {
            return study.importsMayEnroll() ? null
                    : "unknown participant_ref, and this study does not enroll participants from imports";
        }
        ParticipantStatus status = ref.get().status();
        return switch (status) {
            case ACTIVE -> null;
            case WITHDRAWN, WITHDRAWN_DATA_EXCLUDED -> "this participant has withdrawn from the study";
            case ERASED -> "this participant was erased; the reference cannot be imported again";
        };
    }

    private RowError error(long line, String itemId, String reason) {
        return new RowError(line, key.wave(), itemId, reason);
    }
}
