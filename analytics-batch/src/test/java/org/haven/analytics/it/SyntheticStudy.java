package org.haven.analytics.it;

import org.haven.analytics.it.TopicFixture.Timed;
import org.haven.events.Actor;
import org.haven.events.participant.ParticipantEnrolled;
import org.haven.events.participant.QuestionnaireSubmitted;
import org.haven.events.participant.SubmissionSource;
import org.haven.events.study.InstrumentVersionPublished;
import org.haven.events.study.StudyCreated;
import org.haven.instrument.Instrument;
import org.haven.instrument.InstrumentLoader;
import org.haven.instrument.Item;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/** A seeded study of many participants answering ESTI over several waves, as the topic would carry it. */
final class SyntheticStudy {

    private SyntheticStudy() {
    }

    static List<Timed> events(String studyId, int participants, int waves, long seed) {
        Random random = new Random(seed);
        Instrument esti = InstrumentLoader.esti();
        Actor researcher = Actor.researcher("dr.morgan");
        Instant start = Instant.parse("2027-01-01T00:00:00Z");
        List<Timed> events = new ArrayList<>();
        events.add(new Timed(new StudyCreated(studyId, "Synthetic", false, researcher), start));
        events.add(new Timed(new InstrumentVersionPublished(studyId, esti, researcher), start));
        for (int p = 0; p < participants; p++) {
            String id = String.format("%s-p%06d", studyId, p);
            Instant enrolled = start.plusSeconds(60L * p);
            events.add(new Timed(new ParticipantEnrolled(id, studyId, enrolled, "v1", null, researcher), enrolled));
            int level = 3 + random.nextInt(4);
            for (int wave = 1; wave <= waves; wave++) {
                if (wave > 1 && random.nextInt(10) == 0) {
                    continue; // a skipped wave
                }
                Map<String, Integer> answers = new TreeMap<>();
                for (Item item : esti.items()) {
                    if (random.nextInt(30) == 0) {
                        continue; // a skipped item
                    }
                    int value = Math.max(1, Math.min(7, level + random.nextInt(3) - 1 + wave / 3));
                    answers.put(item.id(), item.reverse() ? 8 - value : value);
                }
                Instant at = enrolled.plusSeconds(86_400L * 30 * wave);
                events.add(new Timed(new QuestionnaireSubmitted(id, studyId, wave, "esti", 1, answers, null,
                        id + "-w" + wave, SubmissionSource.WEB, LocalDate.ofInstant(at, java.time.ZoneOffset.UTC),
                        Actor.participant(id)), at));
            }
        }
        return events;
    }
}
