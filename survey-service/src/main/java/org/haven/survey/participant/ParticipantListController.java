package org.haven.survey.participant;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.haven.survey.problem.InvalidInputException;
import org.haven.survey.study.StudyCatalog;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Researchers find a study's participants again: a paged list, filtered by status. */
@RestController
@Tag(name = "participants", description = "Enrollment (researchers)")
public class ParticipantListController {

    static final int MAX_PAGE_SIZE = 1_000;

    private final ParticipantList participants;
    private final StudyCatalog catalog;

    public ParticipantListController(ParticipantList participants, StudyCatalog catalog) {
        this.participants = participants;
        this.catalog = catalog;
    }

    @GetMapping("/api/studies/{studyId}/participants")
    @Operation(summary = "The study's participants, oldest enrollment first, a page at a time",
            description = "Each with participantId, status, wavesSubmitted and enrolledOn (UTC day); total counts "
                    + "every participant matching the filter. status: ACTIVE, WITHDRAWN, WITHDRAWN_DATA_EXCLUDED or "
                    + "ERASED. page from 0; size 1 to 1,000 (default 100).")
    public ParticipantList.Page list(@PathVariable String studyId,
                                     @RequestParam(required = false) String status,
                                     @RequestParam(defaultValue = "0") int page,
                                     @RequestParam(defaultValue = "100") int size) {
        catalog.require(studyId);
        if (page < 0) {
            throw new InvalidInputException("page", "pages are numbered from 0");
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw new InvalidInputException("size", "must be between 1 and " + MAX_PAGE_SIZE);
        }
        return participants.page(studyId, status == null ? null : status(status), page, size);
    }

    private static ParticipantStatus status(String status) {
        try {
            return ParticipantStatus.valueOf(status.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw new InvalidInputException("status", "one of " + Arrays.stream(ParticipantStatus.values())
                    .map(Enum::name).collect(Collectors.joining(", ")));
        }
    }
}
