package org.haven.analytics.fold;

import org.haven.events.json.EventCodec;
import org.springframework.batch.item.Chunk;
import org.springframework.batch.item.ExecutionContext;
import org.springframework.batch.item.ItemStreamWriter;

import java.nio.file.Path;

/**
 * Hands each chunk of decoded events to the study's fold and journals the study's own events. With every
 * commit the step's context records the journal length and the fold's counts; a restarted step rebuilds the
 * fold from the journal up to that length and goes on reading where the last commit left off.
 */
public class FoldWriter implements ItemStreamWriter<DecodedEvent> {

    private static final String JOURNAL_LENGTH = "fold.journal.length";

    private final StudyFold fold;
    private final Path journalFile;
    private FoldJournal journal;

    public FoldWriter(StudyFold fold, Path journalFile) {
        this.fold = fold;
        this.journalFile = journalFile;
    }

    @Override
    public void open(ExecutionContext context) {
        long committed = context.getLong(JOURNAL_LENGTH, 0L);
        if (committed > 0) {
            FoldJournal.replay(journalFile, committed, EventCodec.standard(), fold::accept);
        }
        // also when the committed chunks held none of the study's events: they still counted other studies' records
        fold.counts().restoreFrom(context);
        journal = new FoldJournal(journalFile);
        journal.open(committed);
    }

    @Override
    public void write(Chunk<? extends DecodedEvent> chunk) {
        for (DecodedEvent event : chunk) {
            if (fold.accept(event) && event.json() != null) {
                journal.append(event);
            }
        }
    }

    @Override
    public void update(ExecutionContext context) {
        context.putLong(JOURNAL_LENGTH, journal.commit());
        fold.counts().saveTo(context);
    }

    @Override
    public void close() {
        if (journal != null) {
            journal.close();
        }
    }
}
