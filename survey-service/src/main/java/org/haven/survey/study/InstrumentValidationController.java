package org.haven.survey.study;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.haven.instrument.Instrument;
import org.haven.survey.problem.Violation;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** A dry run of publishing: a typo found here costs no version. Nothing is stored. */
@RestController
@Tag(name = "studies", description = "Studies, their waves and instrument versions (researchers)")
public class InstrumentValidationController {

    /** {@code errors}: the same list a publication of this instrument would be refused with (422). */
    public record Validation(boolean valid, String instrumentId, Integer version, List<Violation> errors) {
    }

    @PostMapping(path = "/api/instruments/validation", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Check an instrument's JSON as publishing would, storing nothing",
            description = "200 with valid and the problems (field and message) publishing would name; a body that "
                    + "is not an instrument's JSON at all gets the usual 400 problem detail.")
    public Validation validate(@RequestBody Instrument instrument) {
        List<Violation> errors = InstrumentChecks.violations(instrument);
        return new Validation(errors.isEmpty(), instrument == null ? null : instrument.id(),
                instrument == null ? null : instrument.version(), errors);
    }
}
