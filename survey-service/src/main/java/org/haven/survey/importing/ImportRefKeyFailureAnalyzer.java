package org.haven.survey.importing;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Prints a refused import-reference key as Spring Boot's short start-up failure report, not a stack trace. */
class ImportRefKeyFailureAnalyzer extends AbstractFailureAnalyzer<ImportRefKeyException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, ImportRefKeyException cause) {
        return new FailureAnalysis(cause.getMessage(), cause.action(), cause);
    }
}
