package org.haven.survey.study;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.haven.instrument.Instrument;
import org.haven.instrument.InstrumentLoader;
import org.haven.survey.access.StudyAccess;
import org.haven.survey.problem.NotFoundException;
import org.haven.survey.study.StudyRequests.ArchiveView;
import org.haven.survey.study.StudyRequests.CreateStudyRequest;
import org.haven.survey.study.StudyRequests.PublicationView;
import org.haven.survey.study.StudyRequests.StudyView;
import org.haven.survey.web.Researchers;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Researchers define studies and publish instrument versions. Which studies a researcher reaches under
 * {@code /api/studies/{studyId}} is checked before these handlers run (access/StudyAccessInterceptor).
 */
@RestController
@RequestMapping("/api")
@Tag(name = "studies", description = "Studies, their waves and instrument versions (researchers)")
public class StudyController {

    private static final Map<String, Instrument> BUILT_IN = Map.of("esti-v1", InstrumentLoader.esti());

    private final CommandGateway commands;
    private final JdbcStudyCatalog catalog;
    private final StudyAccess access;
    private final Clock clock;

    public StudyController(CommandGateway commands, JdbcStudyCatalog catalog, StudyAccess access, Clock clock) {
        this.commands = commands;
        this.catalog = catalog;
        this.access = access;
        this.clock = clock;
    }

    @PostMapping(path = "/studies", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Create a study with its waves")
    public ResponseEntity<StudyView> create(@RequestBody CreateStudyRequest request, Authentication researcher) {
        String studyId = UUID.randomUUID().toString();
        commands.sendAndWait(new CreateStudy(studyId, request.title(),
                Boolean.TRUE.equals(request.importsMayEnroll()), request.waves(), Researchers.actor(researcher),
                Boolean.TRUE.equals(request.allowOverlappingWaves())));
        return ResponseEntity.status(HttpStatus.CREATED).body(StudyView.of(catalog.require(studyId)));
    }

    @GetMapping("/studies")
    @Operation(summary = "List the studies I own or collaborate on (an ADMIN: every study)",
            description = "Archived studies only with archived=true.")
    public List<StudyView> list(Authentication researcher,
                                @RequestParam(name = "archived", defaultValue = "false") boolean withArchived) {
        return access.visibleStudyIds(researcher).stream().map(catalog::require)
                .filter(study -> withArchived || !study.archived()).map(StudyView::of).toList();
    }

    @PostMapping("/studies/{studyId}/archive")
    @Operation(summary = "Archive a study (owner or ADMIN): left out of lists, no new participants or answers",
            description = "What the study collected stays and is analysed as before. 200 with changed=false when "
                    + "it already was archived.")
    public ArchiveView archive(@PathVariable String studyId, Authentication researcher) {
        catalog.require(studyId);
        boolean changed = commands.sendAndWait(new ArchiveStudy(studyId, Researchers.actor(researcher),
                StudyAccess.isAdmin(researcher)));
        return new ArchiveView(studyId, true, changed);
    }

    @GetMapping("/studies/{studyId}")
    @Operation(summary = "A study with its waves and instrument versions")
    public StudyView get(@PathVariable String studyId) {
        return StudyView.of(catalog.require(studyId));
    }

    @PostMapping(path = "/studies/{studyId}/instruments", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Publish an instrument version (the instrument's JSON) as the study's current one")
    public ResponseEntity<PublicationView> publish(@PathVariable String studyId, @RequestBody Instrument instrument,
                                                   Authentication researcher) {
        catalog.require(studyId);
        PublicationOutcome outcome = commands.sendAndWait(
                new PublishInstrumentVersion(studyId, instrument, Researchers.actor(researcher)));
        HttpStatus status = outcome == PublicationOutcome.PUBLISHED ? HttpStatus.CREATED : HttpStatus.OK;
        return ResponseEntity.status(status).body(new PublicationView(studyId, instrument.id(), instrument.version(),
                outcome, clock.instant()));
    }

    @PostMapping("/studies/{studyId}/instruments/builtin/{name}")
    @Operation(summary = "Publish a built-in instrument version, e.g. esti-v1")
    public ResponseEntity<PublicationView> publishBuiltIn(@PathVariable String studyId, @PathVariable String name,
                                                          Authentication researcher) {
        return publish(studyId, builtIn(name), researcher);
    }

    @GetMapping("/instruments/builtin/{name}")
    @Operation(summary = "A built-in instrument's JSON, to read or to copy into a new version")
    public Instrument builtIn(@PathVariable String name) {
        Instrument instrument = BUILT_IN.get(name);
        if (instrument == null) {
            throw new NotFoundException("no built-in instrument '" + name + "' (available: " + BUILT_IN.keySet() + ")");
        }
        return instrument;
    }
}
