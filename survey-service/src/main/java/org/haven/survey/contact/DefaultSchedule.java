package org.haven.survey.contact;

import org.haven.events.ContactKind;
import org.haven.events.study.ContactSchedule;
import org.haven.events.study.MailTemplate;

import java.time.LocalTime;
import java.util.List;
import java.util.Map;

/**
 * What a study gets for every part of its schedule it leaves out. The wording is neutral on purpose: a mail on a
 * shared phone, its subject in an inbox list above all, must not tell anyone what the study is about.
 */
public final class DefaultSchedule {

    public static final List<Integer> REMINDER_DAYS = List.of(3, 7);
    public static final LocalTime QUIET_FROM = LocalTime.of(21, 0);
    public static final LocalTime QUIET_UNTIL = LocalTime.of(8, 0);

    private static final String STOP = """

            If you would rather not get these e-mails, open this link: {stop_emails_link}
            You can still answer through your personal link.
            """;

    public static final Map<ContactKind, MailTemplate> TEMPLATES = Map.of(
            ContactKind.INVITATION, new MailTemplate("Study link", """
                    Hello,

                    round {wave} of your study is open. You can answer through your personal link:

                    {link}
                    """ + STOP, null),
            ContactKind.REMINDER, new MailTemplate("A reminder from your study", """
                    Hello,

                    round {wave} of your study is still open. You can answer through your personal link:

                    {link}
                    """ + STOP, null),
            ContactKind.LAST_REMINDER, new MailTemplate("A reminder from your study", """
                    Hello,

                    round {wave} of your study closes on {closes}. You can still answer through your personal link:

                    {link}
                    """ + STOP, null));

    private DefaultSchedule() {
    }

    /** The whole default schedule: reminders 3 and 7 days after the invitation, no last reminder, quiet 21:00-08:00. */
    public static ContactSchedule get() {
        return new ContactSchedule(REMINDER_DAYS, null, QUIET_FROM, QUIET_UNTIL, TEMPLATES);
    }
}
