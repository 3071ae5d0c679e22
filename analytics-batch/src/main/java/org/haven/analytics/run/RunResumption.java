package org.haven.analytics.run;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.JobExecution;
import org.springframework.batch.core.JobInstance;
import org.springframework.batch.core.JobParameters;
import org.springframework.batch.core.StepExecution;
import org.springframework.batch.core.explore.JobExplorer;
import org.springframework.batch.core.repository.JobRepository;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Finds the run a new command should resume: the latest run of the same study, topic, cutoff and output
 * folder that did not complete. A run whose process was killed stays STARTED in the job repository; when its
 * process is gone it is marked FAILED here (with its end time), so Spring Batch can restart it from its last
 * committed chunk.
 */
public class RunResumption {

    public static final String PROCESS_PARAMETER = "process";
    private static final List<String> SAME_RUN = List.of("study", "topic", "asOf", "out");
    private static final int RECENT_INSTANCES = 200;

    private final JobExplorer explorer;
    private final JobRepository repository;

    public RunResumption(JobExplorer explorer, JobRepository repository) {
        this.explorer = explorer;
        this.repository = repository;
    }

    /** The parameters of the unfinished run to resume, if any. */
    public Optional<JobParameters> unfinished(String job, JobParameters wanted) {
        for (JobInstance instance : explorer.getJobInstances(job, 0, RECENT_INSTANCES)) {
            JobExecution last = explorer.getLastJobExecution(instance);
            if (last == null || !sameRun(last.getJobParameters(), wanted)) {
                continue;
            }
            if (last.getStatus() == BatchStatus.COMPLETED || last.getStatus() == BatchStatus.ABANDONED) {
                return Optional.empty();
            }
            if (last.isRunning()) {
                if (processAlive(last)) {
                    throw new IllegalStateException("this run is already running (process "
                            + last.getJobParameters().getString(PROCESS_PARAMETER) + ")");
                }
                markFailed(last);
            }
            return Optional.of(last.getJobParameters());
        }
        return Optional.empty();
    }

    private static boolean sameRun(JobParameters stored, JobParameters wanted) {
        return SAME_RUN.stream().allMatch(name -> Objects.equals(stored.getString(name), wanted.getString(name)));
    }

    private static boolean processAlive(JobExecution execution) {
        String process = execution.getJobParameters().getString(PROCESS_PARAMETER);
        if (process == null || !process.contains("@")) {
            return false;
        }
        String[] pidAtHost = process.split("@", 2);
        if (!pidAtHost[1].equals(host())) {
            return true; // another machine's run: never declare it dead from here
        }
        return ProcessHandle.of(Long.parseLong(pidAtHost[0])).map(ProcessHandle::isAlive).orElse(false);
    }

    private void markFailed(JobExecution execution) {
        LocalDateTime now = LocalDateTime.now();
        for (StepExecution step : execution.getStepExecutions()) {
            if (step.getStatus().isRunning()) {
                step.setStatus(BatchStatus.FAILED);
                step.setExitStatus(ExitStatus.FAILED.addExitDescription("its process ended without finishing"));
                step.setEndTime(now);
                repository.update(step);
            }
        }
        execution.setStatus(BatchStatus.FAILED);
        execution.setExitStatus(ExitStatus.FAILED.addExitDescription("its process ended without finishing"));
        execution.setEndTime(now);
        repository.update(execution);
    }

    /** This process, as pid@host, recorded with every run so a later command can tell a crash from a live run. */
    public static String thisProcess() {
        return ProcessHandle.current().pid() + "@" + host();
    }

    private static String host() {
        return Optional.ofNullable(System.getenv("HOSTNAME")).orElseGet(() -> {
            try {
                return java.net.InetAddress.getLocalHost().getHostName();
            } catch (java.net.UnknownHostException e) {
                return "localhost";
            }
        });
    }
}
