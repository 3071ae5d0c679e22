package org.haven.survey.importing;

import org.haven.events.Actor;
import org.haven.instrument.Instrument;
import org.haven.survey.importing.ImportRecord.Status;
import org.haven.survey.importing.ImportRecords.ImportCounts;
import org.haven.survey.participant.Enrollment;
import org.haven.survey.problem.RejectedException;
import org.haven.survey.study.StudyCatalog;
import org.haven.survey.study.StudyDefinition;
import org.haven.survey.submission.SubmissionResult;
import org.haven.survey.submission.SubmitQuestionnaire;
import org.springframework.beans.factory.annotation.Value;
import org.haven.survey.submission.Submissions;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Runs an import: records it, reads and plans the file as it arrives, enrolls unknown references (when the study
 * allows it), then stores each valid participant-wave as one submission with source IMPORT. Each participant-wave
 * is its own transaction, so a conflict in one never undoes another.
 */
@Service
public class ImportService {

    static final String IMPORT_CONSENT = "recorded-with-import";
    private static final Duration PROGRESS_EVERY = Duration.ofSeconds(1);

    private final StudyCatalog catalog;
    private final ImportRefs refs;
    private final ImportRecords records;
    private final Enrollment enrollment;
    private final Submissions submissions;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final int maxUnits;

    public ImportService(StudyCatalog catalog, ImportRefs refs, ImportRecords records, Enrollment enrollment,
                         Submissions submissions, TransactionTemplate transactions, Clock clock,
                         @Value("${haven.import.max-participant-waves:100000}") int maxUnits) {
        this.catalog = catalog;
        this.refs = refs;
        this.records = records;
        this.enrollment = enrollment;
        this.submissions = submissions;
        this.transactions = transactions;
        this.clock = clock;
        this.maxUnits = maxUnits;
    }

    public ImportReport importFile(String studyId, ImportUpload file, Actor researcher) {
        StudyDefinition study = catalog.require(studyId);
        study.requireNotArchived("imports");
        String importId = records.start(studyId, researcher.name());
        ImportCounts counts = new ImportCounts();
        try {
            file.refuseIfDeclaredTooLarge();
            Instrument instrument = study.currentInstrument().orElseThrow(() -> new ImportFileException(
                    HttpStatus.UNPROCESSABLE_ENTITY, "this study has no published instrument yet; publish one first"));
            ImportPlan plan = plan(studyId, study, instrument, file);
            ImportReport report = store(importId, studyId, instrument, plan, researcher, counts);
            records.finish(importId, Status.COMPLETED, file.sha256(), file.bytesRead(), counts);
            return report;
        } catch (ImportFileException refused) {
            file.drainQuietly();
            records.finish(importId, Status.REFUSED, file.sha256(), file.sha256() == null ? null : file.bytesRead(),
                    counts);
            throw refused;
        } catch (RuntimeException | Error failed) {
            try {
                records.finish(importId, Status.FAILED, file.sha256(), null, counts);
            } catch (RuntimeException alsoFailed) {
                failed.addSuppressed(alsoFailed);
            }
            throw failed;
        }
    }

    private ImportPlan plan(String studyId, StudyDefinition study, Instrument instrument, ImportUpload file) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        ImportPlanner planner = new ImportPlanner(study, instrument, ref -> refs.find(studyId, ref),
                ref -> refs.hasCaseTwin(studyId, ref), today, maxUnits);
        CsvImportReader.read(file, planner::accept);
        return planner.finish();
    }

    private ImportReport store(String importId, String studyId, Instrument instrument, ImportPlan plan,
                               Actor researcher, ImportCounts counts) {
        Instant now = clock.instant();
        counts.rejected = plan.rejectedUnits();
        counts.rowErrors = plan.rowErrors().total();
        // a new reference is enrolled just before its first participant-wave is stored, so an import cut off
        // midway leaves no enrolled participant without answers behind more than the one it was at
        Map<String, String> enrolled = new HashMap<>();
        List<ImportReport.EnrolledRef> enrolledRefs = new ArrayList<>();
        Instant lastProgress = clock.instant();
        for (ImportUnit unit : plan.units()) {
            String participantId = unit.participantId() != null ? unit.participantId()
                    : enrolled.computeIfAbsent(unit.participantRef(), ref -> {
                        String enrolledId = enroll(studyId, ref, plan.toEnroll().get(ref), researcher);
                        enrolledRefs.add(new ImportReport.EnrolledRef(unit.firstLine(), enrolledId));
                        return enrolledId;
                    });
            try {
                String submissionId = UUID.randomUUID().toString();
                SubmissionResult result = submissions.submit(() -> SubmitQuestionnaire.imported(participantId,
                        unit.wave(), instrument, unit.answers(), submissionId, unit.completedOn(), now, researcher));
                if (result.newlyStored()) {
                    counts.stored++;
                } else {
                    counts.alreadyImported++;
                }
            } catch (RejectedException rejection) {
                counts.rejected++;
                counts.rowErrors++;
                plan.rowErrors().add(new RowError(unit.firstLine(), unit.wave(), null, rejection.getMessage()));
            }
            if (Duration.between(lastProgress, clock.instant()).compareTo(PROGRESS_EVERY) >= 0) {
                records.progress(importId, counts);
                lastProgress = clock.instant();
            }
        }
        return new ImportReport(importId, counts.stored, counts.alreadyImported, counts.rejected, plan.errors(),
                plan.rowErrors().unlisted(), plan.warnings(), plan.warningLog().unlisted(),
                enrolledRefs);
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
