package org.haven.survey.importing;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FirstByLineTest {

    @Test
    void keeps_the_earliest_lines_in_order_whatever_order_they_come_in_and_counts_the_rest() {
        FirstByLine<RowError> errors = new FirstByLine<>(3, RowError::line);
        for (long line : new long[] {9, 4, 7, 2, 8, 4}) {
            errors.add(new RowError(line, 1, null, "at " + line));
        }

        assertThat(errors.listed()).extracting(RowError::line).containsExactly(2L, 4L, 4L);
        assertThat(errors.unlisted()).isEqualTo(3);
        assertThat(errors.total()).isEqualTo(6);
    }

    @Test
    void keeps_entries_of_one_line_in_the_order_they_came() {
        FirstByLine<RowError> errors = new FirstByLine<>(2, RowError::line);
        errors.add(new RowError(5, 1, null, "first"));
        errors.add(new RowError(5, 1, null, "second"));
        errors.add(new RowError(5, 1, null, "third"));

        assertThat(errors.listed()).extracting(RowError::reason).containsExactly("first", "second");
    }
}
