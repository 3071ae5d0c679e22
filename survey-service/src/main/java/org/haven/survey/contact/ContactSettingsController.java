package org.haven.survey.contact;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.haven.events.study.ContactSchedule;
import org.haven.survey.problem.NotFoundException;
import org.haven.survey.study.SetContactSchedule;
import org.haven.survey.study.SetStudyTimeZone;
import org.haven.survey.study.StudyCatalog;
import org.haven.survey.study.TimeZones;
import org.haven.survey.web.Researchers;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.time.ZoneId;

/** Researchers set when and how a study's participants are mailed, and the study's time zone. */
@RestController
@Tag(name = "contact", description = "The contact schedule and time zone of a study (researchers)")
public class ContactSettingsController {

    public record TimeZoneRequest(String timeZone) {
    }

    /** {@code defaulted}: the study never set one, so it is in UTC. */
    public record TimeZoneView(String studyId, String timeZone, boolean defaulted) {
    }

    private final CommandGateway commands;
    private final StudyCatalog catalog;
    private final ContactSettings settings;

    public ContactSettingsController(CommandGateway commands, StudyCatalog catalog, ContactSettings settings) {
        this.commands = commands;
        this.catalog = catalog;
        this.settings = settings;
    }

    @GetMapping("/api/studies/{studyId}/time-zone")
    @Operation(summary = "The study's time zone (UTC until one is set)")
    public TimeZoneView timeZone(@PathVariable String studyId) {
        catalog.require(studyId);
        return view(studyId);
    }

    @PutMapping(path = "/api/studies/{studyId}/time-zone", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Set the study's time zone (an IANA name such as Europe/Berlin)",
            description = "The zone of every participant enrolled without one of their own: their quiet hours and the"
                    + " dates in their mails. Recorded as StudyTimeZoneSet.")
    public TimeZoneView setTimeZone(@PathVariable String studyId, @RequestBody TimeZoneRequest request,
                                    Authentication researcher) {
        catalog.require(studyId);
        ZoneId zone = TimeZones.required(request.timeZone(), "timeZone");
        commands.sendAndWait(new SetStudyTimeZone(studyId, zone, Researchers.actor(researcher)));
        return view(studyId);
    }

    @GetMapping("/api/studies/{studyId}/contact-schedule")
    @Operation(summary = "The study's contact schedule; 404 while it has none (then it mails nobody)")
    public ScheduleRequest schedule(@PathVariable String studyId) {
        catalog.require(studyId);
        return settings.scheduleOf(studyId).map(ScheduleRequest::of).orElseThrow(() -> new NotFoundException(
                "this study has no contact schedule, so it mails nobody; PUT one (even {} for the defaults)"));
    }

    @PutMapping(path = "/api/studies/{studyId}/contact-schedule", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Set the study's contact schedule, replacing the one before from now on",
            description = "Parts left out take their defaults ({} sets the whole default schedule). A template must"
                    + " contain {link} and {stop_emails_link} in its text (and its html, if any); a subject may use"
                    + " {wave}, {closes} and {study} only. Recorded as ContactScheduleSet; the answer is the schedule"
                    + " in force.")
    public ScheduleRequest setSchedule(@PathVariable String studyId, @RequestBody ScheduleRequest request,
                                       Authentication researcher) {
        catalog.require(studyId);
        ContactSchedule schedule = ScheduleRules.check(request);
        commands.sendAndWait(new SetContactSchedule(studyId, schedule, Researchers.actor(researcher)));
        return ScheduleRequest.of(schedule);
    }

    private TimeZoneView view(String studyId) {
        ZoneId zone = settings.zoneOf(studyId);
        return new TimeZoneView(studyId, zone.getId(), settings.isDefaultZone(studyId));
    }
}
