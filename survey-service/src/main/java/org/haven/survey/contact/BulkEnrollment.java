package org.haven.survey.contact;

import org.haven.events.Actor;
import org.haven.survey.access.PersonalLink;
import org.haven.survey.participant.ConsentRules;
import org.haven.survey.participant.Enrollment;
import org.haven.survey.privacy.PersonalFields;
import org.haven.survey.problem.BadInputException;
import org.haven.survey.problem.ConflictException;
import org.haven.survey.problem.InvalidInputException;
import org.haven.survey.problem.RejectedException;
import org.haven.survey.study.TimeZones;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * Enrolls one participant per line, each in a transaction of its own: a bad line is reported with its number and
 * reason and the others go ahead. A reason never repeats the line's address.
 */
@Service
public class BulkEnrollment {

    static final String NO_ADDRESS = "no e-mail address";
    static final String MALFORMED = "malformed address";
    static final String UNKNOWN_ZONE = "unknown time zone (use an IANA name such as Europe/Berlin)";
    static final String ALREADY_ACTIVE = "the same address is already active in this study";

    private final Enrollment enrollment;
    private final ContactSettings settings;
    private final PersonalLink links;
    private final Clock clock;

    BulkEnrollment(Enrollment enrollment, ContactSettings settings, PersonalLink links, Clock clock) {
        this.enrollment = enrollment;
        this.settings = settings;
        this.links = links;
        this.clock = clock;
    }

    /**
     * A whole CSV file as the API and the console receive it: the consent-form version every line agreed to is
     * checked first, then the file read ({@link BulkCsv}); either refused with a 400 naming its field.
     */
    public BulkReport enrollFile(String studyId, String consentFormVersion, byte[] csv, Actor actor) {
        if (consentFormVersion == null || consentFormVersion.isBlank()) {
            throw new BadInputException("consentFormVersion", "required: the consent-form version every participant"
                    + " of the file agreed to, e.g. consent-2027-01");
        }
        try {
            ConsentRules.checkConsentFormVersion(consentFormVersion);
        } catch (RejectedException invalid) {
            throw new BadInputException("consentFormVersion", invalid.violations().get(0).message());
        }
        return enroll(studyId, consentFormVersion.strip(), BulkCsv.read(csv), actor);
    }

    BulkReport enroll(String studyId, String consentFormVersion, List<BulkCsv.Line> lines, Actor actor) {
        boolean byMail = settings.scheduleOf(studyId).isPresent();
        List<BulkReport.Enrolled> enrolled = new ArrayList<>();
        List<BulkReport.Refused> refused = new ArrayList<>();
        for (BulkCsv.Line line : lines) {
            try {
                enrolled.add(enrollOne(studyId, consentFormVersion, line, byMail, actor));
            } catch (RejectedException reason) {
                refused.add(new BulkReport.Refused(line.line(), reasonFor(reason)));
            }
        }
        return BulkReport.of(byMail, enrolled, refused);
    }

    private BulkReport.Enrolled enrollOne(String studyId, String consentFormVersion, BulkCsv.Line line, boolean byMail,
                                          Actor actor) {
        if (line.problem() != null) {
            throw new BadInputException(BulkCsv.FIELD, line.problem());
        }
        String email = PersonalFields.email(line.email());
        if (email == null) {
            throw new InvalidInputException(BulkCsv.EMAIL, NO_ADDRESS);
        }
        ZoneId zone = TimeZones.optional(line.timeZone(), BulkCsv.TIME_ZONE);
        var participant = enrollment.enroll(new Enrollment.Contact(email, zone), studyId, consentFormVersion,
                clock.instant(), actor, !byMail);
        return byMail ? new BulkReport.Enrolled(line.line(), participant.participantId(), null, null)
                : new BulkReport.Enrolled(line.line(), participant.participantId(), participant.token(),
                links.forToken(participant.token()));
    }

    private static String reasonFor(RejectedException rejection) {
        var field = rejection.violations().isEmpty() ? "" : rejection.violations().get(0).field();
        if (rejection instanceof ConflictException && "contactEmail".equals(field)) {
            return ALREADY_ACTIVE;
        }
        if (rejection instanceof InvalidInputException && "contactEmail".equals(field)) {
            return MALFORMED;
        }
        if (BulkCsv.TIME_ZONE.equals(field)) {
            return UNKNOWN_ZONE;
        }
        return rejection.violations().isEmpty() ? rejection.getMessage() : rejection.violations().get(0).message();
    }
}
