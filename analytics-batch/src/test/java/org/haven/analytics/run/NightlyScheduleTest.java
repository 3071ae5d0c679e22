package org.haven.analytics.run;

import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.JobExecution;
import org.springframework.batch.core.JobInstance;
import org.springframework.batch.core.JobParametersBuilder;

import static org.assertj.core.api.Assertions.assertThat;

class NightlyScheduleTest {

    @Test
    void a_scheduled_run_that_found_no_events_of_its_study_says_what_to_check_instead_of_completed() {
        JobExecution nothing = execution(new ExitStatus(AnalysisTasklet.NO_STUDY_EVENTS,
                "study 0b7d9c3a-1e2f-4a5b-8c6d-7e8f9a0b1c2d has no events on topic t (12 records read); check ..."));
        JobExecution ran = execution(ExitStatus.COMPLETED);

        assertThat(NightlySchedule.outcome(nothing)).isEqualTo("nothing written: study "
                + "0b7d9c3a-1e2f-4a5b-8c6d-7e8f9a0b1c2d has no events on topic t (12 records read); check ...");
        assertThat(NightlySchedule.outcome(ran)).isEqualTo("COMPLETED");
    }

    private static JobExecution execution(ExitStatus exit) {
        JobExecution execution = new JobExecution(new JobInstance(1L, JobConfiguration.JOB),
                new JobParametersBuilder().addString("runId", "r1").toJobParameters());
        execution.setStatus(BatchStatus.COMPLETED);
        execution.setExitStatus(exit);
        return execution;
    }
}
