package org.haven.analytics.run;

import org.springframework.batch.core.JobExecution;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.scheduling.support.CronTrigger;

import java.io.PrintStream;
import java.time.ZoneOffset;
import java.util.TimeZone;
import java.util.concurrent.ScheduledFuture;

/**
 * Nightly mode: one long-running process runs the job on a cron expression (Spring's six fields, UTC),
 * e.g. {@code 0 0 2 * * *} for 02:00 every night. Each firing is a new run with its own folder; a firing
 * that finds the previous run still going is skipped by the single scheduler thread.
 */
public class NightlySchedule implements AutoCloseable {

    public interface Launch {
        JobExecution run(ConfigurableApplicationContext context, BatchArguments arguments) throws Exception;
    }

    private final ThreadPoolTaskScheduler scheduler = new ThreadPoolTaskScheduler();
    private final ScheduledFuture<?> future;

    public NightlySchedule(ConfigurableApplicationContext context, BatchArguments arguments, Launch launch,
                           PrintStream out) {
        scheduler.setPoolSize(1);
        scheduler.setThreadNamePrefix("haven-nightly-");
        // Stopping lets a run in progress finish its folder (report and manifest last) rather than leave it
        // half-written; a run killed outright is resumed by the next start anyway.
        scheduler.setWaitForTasksToCompleteOnShutdown(true);
        scheduler.setAwaitTerminationSeconds(600);
        scheduler.initialize();
        CronTrigger trigger = new CronTrigger(arguments.schedule(), TimeZone.getTimeZone(ZoneOffset.UTC));
        future = scheduler.schedule(() -> {
            try {
                JobExecution execution = launch.run(context, arguments);
                out.println("scheduled run " + execution.getJobParameters().getString("runId") + ": "
                        + outcome(execution));
            } catch (Exception e) {
                out.println("scheduled run failed: " + e.getMessage());
            }
        }, trigger);
        out.println("nightly mode: running the analysis of study " + arguments.studyId() + " on '"
                + arguments.schedule() + "' (UTC)");
    }

    /** The status, or for a study with nothing on the topic what to check: "COMPLETED" would hide it. */
    static String outcome(JobExecution execution) {
        return AnalysisTasklet.NO_STUDY_EVENTS.equals(execution.getExitStatus().getExitCode())
                ? "nothing written: " + execution.getExitStatus().getExitDescription()
                : execution.getStatus().toString();
    }

    @Override
    public void close() {
        future.cancel(false);
        scheduler.shutdown();
    }
}
