package org.haven.analytics.cli;

import org.haven.analytics.AnalyticsBatchApplication;
import org.haven.analytics.run.AnalysisTasklet;
import org.haven.analytics.run.BadArgumentException;
import org.haven.analytics.run.BatchArguments;
import org.haven.analytics.run.JobConfiguration;
import org.haven.analytics.run.NightlySchedule;
import org.haven.analytics.run.RunResumption;
import org.haven.analytics.run.RunSettings;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.Job;
import org.springframework.batch.core.JobExecution;
import org.springframework.batch.core.JobParameters;
import org.springframework.batch.core.JobParametersBuilder;
import org.springframework.batch.core.explore.JobExplorer;
import org.springframework.batch.core.launch.JobLauncher;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.io.PrintStream;
import java.time.Clock;
import java.util.Map;

/**
 * Runs the batch once from the command line: exit 0 on success, 1 when the run fails, 2 on bad input (including
 * a study that has no events on the topic).
 */
public final class BatchCommand {

    private BatchCommand() {
    }

    public static int run(String[] args, Map<String, String> environment, PrintStream err) {
        BatchArguments arguments;
        String[] springArgs;
        try {
            arguments = BatchArguments.parse(args, environment);
            springArgs = KafkaLogging.quiet(args, arguments.kafkaLog());
            BrokerCheck.requireTopic(arguments.bootstrapServers(), arguments.topic());
        } catch (BadArgumentException bad) {
            err.println("haven-analytics: " + bad.getMessage());
            return 2;
        }
        if (arguments.schedule() != null) {
            return runScheduled(springArgs, arguments, err);
        }
        try (ConfigurableApplicationContext context = context(springArgs)) {
            JobExecution execution = launch(context, arguments, true);
            if (AnalysisTasklet.NO_STUDY_EVENTS.equals(execution.getExitStatus().getExitCode())) {
                err.println("haven-analytics: " + execution.getExitStatus().getExitDescription());
                return 2;
            }
            if (execution.getStatus() != BatchStatus.COMPLETED) {
                err.println("haven-analytics: the run " + execution.getStatus().name().toLowerCase() + ": "
                        + firstFailure(execution));
                return 1;
            }
            return 0;
        } catch (Exception e) {
            err.println("haven-analytics: " + e.getMessage());
            return 1;
        }
    }

    /** Nightly mode: runs until the process is stopped (SIGTERM/Ctrl-C). */
    private static int runScheduled(String[] args, BatchArguments arguments, PrintStream err) {
        java.util.concurrent.CountDownLatch stopped = new java.util.concurrent.CountDownLatch(1);
        try (ConfigurableApplicationContext context = context(args);
             NightlySchedule ignored = schedule(context, arguments)) {
            Runtime.getRuntime().addShutdownHook(new Thread(stopped::countDown));
            stopped.await();
            return 0;
        } catch (Exception e) {
            err.println("haven-analytics: " + e.getMessage());
            return 1;
        }
    }

    public static NightlySchedule schedule(ConfigurableApplicationContext context, BatchArguments arguments) {
        return new NightlySchedule(context, arguments, (ctx, args) -> launch(ctx, args, true), System.out);
    }

    public static ConfigurableApplicationContext context(String[] args) {
        return new SpringApplicationBuilder(AnalyticsBatchApplication.class).web(WebApplicationType.NONE).run(args);
    }

    /**
     * Starts a new run, or resumes the latest unfinished run of the same study, topic, cutoff and output folder
     * (a crash, a kill): the same command simply runs again.
     */
    public static JobExecution launch(ConfigurableApplicationContext context, BatchArguments arguments, boolean resume)
            throws Exception {
        context.getBean(RunSettings.class).use(arguments);
        JobParameters wanted = new JobParametersBuilder()
                .addString("study", arguments.studyId())
                .addString("topic", arguments.topic())
                .addString("asOf", arguments.asOf() == null ? "" : arguments.asOf().toString())
                .addString("out", arguments.out().toAbsolutePath().toString())
                .toJobParameters();
        var unfinished = resume
                ? new RunResumption(context.getBean(JobExplorer.class), context.getBean(JobRepository.class))
                        .unfinished(JobConfiguration.JOB, wanted)
                : java.util.Optional.<JobParameters>empty();
        unfinished.ifPresent(previous -> System.out.println("resuming run " + previous.getString("runId")
                + " from its last committed chunk"));
        JobParameters parameters = new JobParametersBuilder(unfinished.orElse(wanted))
                .addString("runId", unfinished.map(p -> p.getString("runId"))
                        .orElseGet(() -> RunSettings.newRunId(arguments.studyId(), Clock.systemUTC())))
                .addString("bootstrapServers", arguments.bootstrapServers(), false)
                .addString(RunResumption.PROCESS_PARAMETER, RunResumption.thisProcess(), false)
                .addString("ranBy", ranBy(), false)
                .toJobParameters();
        return context.getBean(JobLauncher.class).run(context.getBean(JobConfiguration.JOB, Job.class), parameters);
    }

    /** Who ran it, for the manifest and the job repository: HAVEN_RUN_BY, else the operating-system user. */
    static String ranBy() {
        String named = System.getenv("HAVEN_RUN_BY");
        return named != null && !named.isBlank() ? named.strip() : System.getProperty("user.name", "unknown");
    }

    private static String firstFailure(JobExecution execution) {
        return execution.getAllFailureExceptions().stream().findFirst()
                .map(failure -> failure.getMessage() == null ? failure.toString() : failure.getMessage())
                .orElse(execution.getExitStatus().getExitDescription());
    }
}
