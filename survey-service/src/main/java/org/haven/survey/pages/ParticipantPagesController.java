package org.haven.survey.pages;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.haven.survey.study.ConfigureParticipantPages;
import org.haven.survey.study.JdbcStudyCatalog;
import org.haven.survey.web.Researchers;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * A researcher sets how the study's participant pages protect someone answering on a shared device. A field left
 * out takes the service's default (title, exit address, idle time) or shows nothing (the help lines).
 */
@RestController
@Tag(name = "studies", description = "Studies, their waves and instrument versions (researchers)")
class ParticipantPagesController {

    record PagesRequest(String pageTitle, String exitUrl, Integer idleMinutes, String studyContact,
                        String supportLine) {
    }

    private final CommandGateway commands;
    private final JdbcStudyCatalog catalog;
    private final StudyPageSettings settings;

    ParticipantPagesController(CommandGateway commands, JdbcStudyCatalog catalog, StudyPageSettings settings) {
        this.commands = commands;
        this.catalog = catalog;
        this.settings = settings;
    }

    @GetMapping("/api/studies/{studyId}/participant-pages")
    @Operation(summary = "The participant pages' neutral title, quick-exit address, idle time and help lines")
    PageSettings get(@PathVariable String studyId) {
        catalog.require(studyId);
        return settings.of(studyId);
    }

    @PutMapping(path = "/api/studies/{studyId}/participant-pages", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Set the participant pages' neutral title, quick-exit address, idle time and help lines")
    PageSettings put(@PathVariable String studyId, @RequestBody PagesRequest request, Authentication researcher) {
        catalog.require(studyId);
        ParticipantPagesRules.check(request.pageTitle(), request.exitUrl(), request.idleMinutes(),
                request.studyContact(), request.supportLine());
        PageSettings defaults = settings.defaults();
        commands.sendAndWait(new ConfigureParticipantPages(studyId,
                request.pageTitle() == null ? defaults.pageTitle() : request.pageTitle().strip(),
                request.exitUrl() == null ? defaults.exitUrl() : request.exitUrl().strip(),
                request.idleMinutes() == null ? defaults.idleMinutes() : request.idleMinutes(),
                strip(request.studyContact()), strip(request.supportLine()), Researchers.actor(researcher)));
        return settings.of(studyId);
    }

    private static String strip(String value) {
        return value == null ? null : value.strip();
    }
}
