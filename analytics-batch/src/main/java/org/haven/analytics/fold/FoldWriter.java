package org.haven.analytics.fold;

import org.springframework.batch.item.Chunk;
import org.springframework.batch.item.ItemWriter;

/** Hands each chunk of decoded events to the study's fold. */
public class FoldWriter implements ItemWriter<DecodedEvent> {

    private final StudyFold fold;

    public FoldWriter(StudyFold fold) {
        this.fold = fold;
    }

    @Override
    public void write(Chunk<? extends DecodedEvent> chunk) {
        chunk.forEach(fold::accept);
    }
}
