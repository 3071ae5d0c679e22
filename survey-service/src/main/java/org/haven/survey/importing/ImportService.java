package org.haven.survey.importing;

import org.haven.events.Actor;
import org.haven.events.participant.SubmissionSource;
import org.haven.instrument.Instrument;
import org.haven.survey.participant.Enrollment;
import org.haven.survey.problem.RejectedException;
import org.haven.survey.study.StudyCatalog;
import org.haven.survey.study.StudyDefinition;
import org.haven.survey.submission.SubmissionResult;
import org.haven.survey.submission.SubmitQuestionnaire;
import org.haven.survey.submission.Submissions;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Runs an import: plans it, enrolls unknown references (when the study allows it), then stores each valid
 * participant-wave as one submission with source IMPORT. Each participant-wave is its own transaction, so a
 * conflict in one never undoes another.
 */
@Service
public class ImportService {

    static final String IMPORT_CONSENT = "recorded-with-import";

    private final StudyCatalog catalog;
    private final ImportRefs refs;
    private final Enrollment enrollment;
    private final Submissions submissions;
    private final TransactionTemplate transactions;
    private final Clock clock;

    public ImportService(StudyCatalog catalog, ImportRefs refs, Enrollment enrollment, Submissions submissions,
                         TransactionTemplate transactions, Clock clock) {
        this.catalog = catalog;
        this.refs = refs;
        this.enrollment = enrollment;
        this.submissions = submissions;
        this.transactions = transactions;
        this.clock = clock;
    }

    public ImportReport importFile(String studyId, byte[] file, Actor researcher) {
        StudyDefinition study = catalog.require(studyId);
        Instrument instrument = study.currentInstrument().orElseThrow(() -> new ImportFileException(
                HttpStatus.UNPROCESSABLE_ENTITY, "this study has no published instrument yet; publish one first"));
        List<ImportRow> rows = CsvImportReader.read(file);
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        ImportPlan plan = new ImportPlanner(study, instrument, ref -> refs.find(studyId, ref), today).plan(rows);

        Map<String, String> enrolled = new HashMap<>();
        plan.toEnroll().forEach((ref, date) -> enrolled.put(ref, enroll(studyId, ref, date, researcher)));

        int stored = 0;
        int already = 0;
        int rejected = plan.rejectedUnits();
        List<RowError> errors = new ArrayList<>(plan.errors());
        for (ImportUnit unit : plan.units()) {
            String participantId = unit.participantId() != null ? unit.participantId() : enrolled.get(unit.participantRef());
            try {
                String submissionId = UUID.randomUUID().toString();
                SubmissionResult result = submissions.submit(() -> new SubmitQuestionnaire(participantId, unit.wave(),
                        instrument.id(), instrument.version(), unit.answers(), submissionId, SubmissionSource.IMPORT,
                        unit.completedOn(), now, researcher));
                if (result.newlyStored()) {
                    stored++;
                } else {
                    already++;
                }
            } catch (RejectedException rejection) {
                rejected++;
                errors.add(new RowError(unit.firstLine(), unit.wave(), null, rejection.getMessage()));
            }
        }
        errors.sort(Comparator.comparingLong(RowError::line));
        return new ImportReport(stored, already, rejected, errors);
    }

    private String enroll(String studyId, String ref, LocalDate firstCompleted, Actor researcher) {
        return transactions.execute(status -> {
            String participantId = enrollment.enrollWithoutToken(studyId, IMPORT_CONSENT,
                    firstCompleted.atStartOfDay().toInstant(ZoneOffset.UTC), researcher);
            refs.register(studyId, ref, participantId);
            return participantId;
        });
    }
}
