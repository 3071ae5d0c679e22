package org.haven.analytics.cli;

import org.haven.analytics.AnalyticsBatchApplication;
import org.haven.analytics.run.JobConfiguration;
import org.haven.analytics.run.RunSettings;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.Job;
import org.springframework.batch.core.JobExecution;
import org.springframework.batch.core.JobParameters;
import org.springframework.batch.core.JobParametersBuilder;
import org.springframework.batch.core.launch.JobLauncher;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.io.PrintStream;
import java.time.Clock;
import java.util.Map;

/** Runs the batch once from the command line: exit 0 on success, 1 when the run fails, 2 on bad input. */
public final class BatchCommand {

    private BatchCommand() {
    }

    public static int run(String[] args, Map<String, String> environment, PrintStream err) {
        BatchArguments arguments;
        try {
            arguments = BatchArguments.parse(args, environment);
            BrokerCheck.requireTopic(arguments.bootstrapServers(), arguments.topic());
        } catch (BadArgumentException bad) {
            err.println("haven-analytics: " + bad.getMessage());
            return 2;
        }
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(AnalyticsBatchApplication.class)
                .web(WebApplicationType.NONE).run(args)) {
            JobExecution execution = launch(context, arguments);
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

    static JobExecution launch(ConfigurableApplicationContext context, BatchArguments arguments) throws Exception {
        context.getBean(RunSettings.class).use(arguments);
        JobParameters parameters = new JobParametersBuilder()
                .addString("study", arguments.studyId())
                .addString("topic", arguments.topic())
                .addString("bootstrapServers", arguments.bootstrapServers(), false)
                .addString("asOf", arguments.asOf() == null ? "" : arguments.asOf().toString())
                .addString("out", arguments.out().toAbsolutePath().toString())
                .addString("runId", RunSettings.newRunId(arguments.studyId(), Clock.systemUTC()))
                .toJobParameters();
        return context.getBean(JobLauncher.class).run(context.getBean(JobConfiguration.JOB, Job.class), parameters);
    }

    private static String firstFailure(JobExecution execution) {
        return execution.getAllFailureExceptions().stream().findFirst()
                .map(failure -> failure.getMessage() == null ? failure.toString() : failure.getMessage())
                .orElse(execution.getExitStatus().getExitDescription());
    }
}
