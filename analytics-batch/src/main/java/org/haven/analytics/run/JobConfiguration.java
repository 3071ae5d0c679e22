package org.haven.analytics.run;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.haven.analytics.fold.FoldWriter;
import org.haven.analytics.fold.StudyFold;
import org.haven.analytics.replay.DecodingWriter;
import org.haven.analytics.replay.EventDecoder;
import org.haven.analytics.replay.ReplayProgress;
import org.haven.analytics.replay.StudyTriage;
import org.haven.analytics.replay.TopicReader;
import org.haven.analytics.replay.TopicRecord;
import org.springframework.batch.core.Job;
import org.springframework.batch.core.Step;
import org.springframework.batch.core.configuration.annotation.JobScope;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;

/**
 * The job: "replay" reads the topic up to the end offsets taken at its start and folds the study's events;
 * "analyse" computes the statistics and writes the run's files. The logic lives in the classes it wires.
 */
@Configuration(proxyBeanMethods = false)
public class JobConfiguration {

    public static final String JOB = "studyAnalysis";
    static final int CHUNK = 5_000;

    @Bean
    RunSettings runSettings() {
        return new RunSettings();
    }

    @Bean
    Job studyAnalysis(JobRepository jobs, Step replay, Step analyse) {
        return new JobBuilder(JOB, jobs).start(replay).next(analyse).build();
    }

    @Bean
    Step replay(JobRepository jobs, PlatformTransactionManager transactions, TopicReader topicReader,
                FoldWriter foldWriter, StudyTriage studyTriage, EventDecoder eventDecoder) {
        return new StepBuilder("replay", jobs)
                .<TopicRecord, TopicRecord>chunk(CHUNK, transactions)
                .reader(topicReader)
                .writer(new DecodingWriter(foldWriter, studyTriage, eventDecoder))
                .listener(new ReplayProgress(topicReader, System.out))
                // The fold lives in memory: a job restarted after the analysis failed must fold again.
                .allowStartIfComplete(true)
                .build();
    }

    /** Its threads end with the application (Spring closes an AutoCloseable bean). */
    @Bean
    EventDecoder eventDecoder() {
        return EventDecoder.perCore();
    }

    @Bean
    @StepScope
    FoldWriter foldWriter(StudyFold studyFold, @Value("#{jobParameters['out']}") String out,
                          @Value("#{jobParameters['runId']}") String runId) {
        return new FoldWriter(studyFold, journal(out, runId));
    }

    @Bean
    @StepScope
    StudyTriage studyTriage(StudyFold studyFold, EventDecoder eventDecoder, RunSettings runSettings,
                            @Value("#{jobParameters['topic']}") String topic,
                            @Value("#{jobParameters['study']}") String study) {
        return new StudyTriage(topic, study, runSettings.arguments().quarantine(), studyFold, eventDecoder, System.out);
    }

    static Path journal(String out, String runId) {
        return RunSettings.runFolder(Path.of(out), runId).resolve(".replay-journal");
    }

    @Bean
    Step analyse(JobRepository jobs, PlatformTransactionManager transactions, AnalysisTasklet analysisTasklet) {
        return new StepBuilder("analyse", jobs).tasklet(analysisTasklet, transactions).build();
    }

    @Bean
    @JobScope
    StudyFold studyFold(@Value("#{jobParameters['study']}") String study,
                        @Value("#{jobParameters['asOf']}") String asOf) {
        return new StudyFold(study, asOf == null || asOf.isEmpty() ? null : Instant.parse(asOf));
    }

    @Bean
    @JobScope
    AnalysisTasklet analysisTasklet(StudyFold studyFold, RunSettings runSettings,
                                    @Value("#{jobParameters['out']}") String out,
                                    @Value("#{jobParameters['runId']}") String runId) {
        return new AnalysisTasklet(studyFold, runSettings, RunSettings.runFolder(Path.of(out), runId), System.out,
                journal(out, runId));
    }

    @Bean
    @StepScope
    TopicReader topicReader(@Value("#{jobParameters['bootstrapServers']}") String bootstrapServers,
                            @Value("#{jobParameters['topic']}") String topic) {
        return new TopicReader(() -> new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 5_000,
                ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, 8_388_608,
                ConsumerConfig.FETCH_MAX_BYTES_CONFIG, 67_108_864,
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class)), topic);
    }
}
