package org.haven.survey.questionnaire;

import org.haven.instrument.Instrument;
import org.haven.instrument.InstrumentWording;
import org.haven.instrument.Item;
import org.haven.instrument.ValueLabel;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the questionnaire page renders: the instrument's participant title and instructions (or the words
 * {@link InstrumentWording} makes from its scale), then the items in the instrument's order, grouped by subscale. The groups
 * are shown as numbered parts, not by their construct names: like the JSON API's view, the page keeps what
 * an item measures (and its reverse key) from the participant, since knowing it could colour the answers.
 */
public record QuestionnaireForm(String instrumentId, int instrumentVersion, String title, String instructions,
                                List<Part> parts, int questionCount) {

    public record Part(int number, List<Question> questions) {
    }

    /** {@code number} counts from 1 across the whole questionnaire, as a participant would cite it. */
    public record Question(String itemId, int number, String text, List<ValueLabel> options) {
    }

    public static QuestionnaireForm of(Instrument instrument) {
        Map<String, List<Item>> bySubscale = new LinkedHashMap<>();
        instrument.items().forEach(item ->
                bySubscale.computeIfAbsent(item.subscale(), subscale -> new ArrayList<>()).add(item));
        List<Part> parts = new ArrayList<>();
        int number = 0;
        for (List<Item> items : bySubscale.values()) {
            List<Question> questions = new ArrayList<>();
            for (Item item : items) {
                questions.add(new Question(item.id(), ++number, item.text(), instrument.scaleOf(item).labels()));
            }
            parts.add(new Part(parts.size() + 1, List.copyOf(questions)));
        }
        return new QuestionnaireForm(instrument.id(), instrument.version(), InstrumentWording.pageTitle(instrument),
                InstrumentWording.instructions(instrument), List.copyOf(parts), number);
    }
}
