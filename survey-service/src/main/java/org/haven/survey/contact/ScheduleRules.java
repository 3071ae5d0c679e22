package org.haven.survey.contact;

import org.haven.events.ContactKind;
import org.haven.events.study.ContactSchedule;
import org.haven.events.study.MailTemplate;
import org.haven.survey.problem.BadInputException;
import org.haven.survey.problem.Violation;

import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Turns a researcher's schedule request into the schedule to record, defaults filled in, or refuses it with every
 * problem named by its field: a mistake in a template must show up here, not in a participant's inbox.
 */
final class ScheduleRules {

    static final int MAX_REMINDERS = 10;
    static final int MAX_REMINDER_DAY = 365;
    static final int MAX_LAST_REMINDER_HOURS = 24 * 30;
    static final int MAX_SUBJECT = 200;
    static final int MAX_TEXT = 20_000;
    static final int MAX_HTML = 100_000;

    private final List<Violation> problems = new ArrayList<>();

    private ScheduleRules() {
    }

    static ContactSchedule check(ScheduleRequest request) {
        return new ScheduleRules().schedule(request);
    }

    private ContactSchedule schedule(ScheduleRequest request) {
        List<Integer> days = request.reminderDays() == null ? DefaultSchedule.REMINDER_DAYS : request.reminderDays();
        checkDays(days);
        Integer lastHours = request.lastReminderHoursBeforeClose();
        if (lastHours != null && (lastHours < 1 || lastHours > MAX_LAST_REMINDER_HOURS)) {
            problems.add(new Violation("lastReminderHoursBeforeClose", "between 1 and " + MAX_LAST_REMINDER_HOURS
                    + " hours, or left out for no last reminder"));
        }
        LocalTime from = time(request.quietFrom(), "quietFrom", DefaultSchedule.QUIET_FROM);
        LocalTime until = time(request.quietUntil(), "quietUntil", DefaultSchedule.QUIET_UNTIL);
        Map<ContactKind, MailTemplate> templates = templates(request.templates());
        if (!problems.isEmpty()) {
            throw new BadInputException(problems);
        }
        return new ContactSchedule(days, lastHours, from, until, templates);
    }

    private void checkDays(List<Integer> days) {
        if (days.size() > MAX_REMINDERS) {
            problems.add(new Violation("reminderDays", "at most " + MAX_REMINDERS + " reminders"));
        }
        for (int i = 0; i < days.size(); i++) {
            Integer day = days.get(i);
            if (day == null || day < 1 || day > MAX_REMINDER_DAY) {
                problems.add(new Violation("reminderDays[" + i + "]", "a whole number of days from 1 to "
                        + MAX_REMINDER_DAY + " after the invitation"));
            } else if (i > 0 && days.get(i - 1) != null && day <= days.get(i - 1)) {
                problems.add(new Violation("reminderDays[" + i + "]", "each reminder comes after the one before:"
                        + " list the days in increasing order"));
            }
        }
    }

    private LocalTime time(String value, String field, LocalTime otherwise) {
        if (value == null) {
            return otherwise;
        }
        try {
            return ScheduleRequest.parseTime(value);
        } catch (DateTimeParseException e) {
            problems.add(new Violation(field, "a time of day as hours and minutes, e.g. 21:00"));
            return otherwise;
        }
    }

    private Map<ContactKind, MailTemplate> templates(Map<String, MailTemplate> given) {
        Map<ContactKind, MailTemplate> templates = new EnumMap<>(DefaultSchedule.TEMPLATES);
        if (given == null) {
            return templates;
        }
        given.forEach((name, template) -> {
            ContactKind kind = ScheduleRequest.ContactKinds.NAMES.entrySet().stream()
                    .filter(entry -> entry.getValue().equals(name)).map(Map.Entry::getKey).findFirst().orElse(null);
            if (kind == null) {
                problems.add(new Violation("templates." + name, "no such kind of mail; the kinds are "
                        + String.join(", ", ScheduleRequest.ContactKinds.NAMES.values().stream().sorted().toList())));
            } else if (template == null) {
                problems.add(new Violation("templates." + name, "a template {subject, text, html (optional)},"
                        + " or leave the kind out for the default"));
            } else if (checkTemplate("templates." + name, template)) {
                templates.put(kind, template);
            }
        });
        return templates;
    }

    private boolean checkTemplate(String field, MailTemplate template) {
        int before = problems.size();
        String subject = template.subject();
        if (subject.length() > MAX_SUBJECT) {
            problems.add(new Violation(field + ".subject", "at most " + MAX_SUBJECT + " characters"));
        }
        if (subject.contains("\n") || subject.contains("\r")) {
            problems.add(new Violation(field + ".subject", "one line, without line breaks"));
        }
        placeholders(field + ".subject", subject, MailPlaceholders.IN_SUBJECT);
        body(field + ".text", template.text(), MAX_TEXT);
        if (template.html() != null) {
            body(field + ".html", template.html(), MAX_HTML);
        }
        return problems.size() == before;
    }

    private void body(String field, String text, int maxLength) {
        if (text.length() > maxLength) {
            problems.add(new Violation(field, "at most " + maxLength + " characters"));
        }
        placeholders(field, text, MailPlaceholders.ALL);
        for (String needed : List.of(MailPlaceholders.LINK, MailPlaceholders.STOP_EMAILS_LINK)) {
            if (!MailPlaceholders.uses(text, needed)) {
                problems.add(new Violation(field, "must contain {" + needed + "}: every mail carries the"
                        + " participant's link and the link that stops the e-mails"));
            }
        }
    }

    private void placeholders(String field, String text, List<String> allowed) {
        for (String unknown : MailPlaceholders.unknown(text, allowed)) {
            String usable = String.join(", ", allowed);
            problems.add(new Violation(field, MailPlaceholders.ALL.contains(unknown)
                    ? unknown + " cannot be used here; use " + usable
                    : "unknown placeholder " + unknown + "; the placeholders are " + usable));
        }
    }
}
