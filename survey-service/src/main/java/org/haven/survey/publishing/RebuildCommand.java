package org.haven.survey.publishing;

import org.haven.survey.SurveyServiceApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.util.Arrays;
import java.util.Optional;

/**
 * {@code java -jar survey-service.jar --rebuild-topic=NAME [--partitions=N]}: republishes the event store
 * into the empty topic NAME and exits, without a web server and with the live publisher off.
 */
public final class RebuildCommand {

    private RebuildCommand() {
    }

    public static Optional<String> topicArgument(String[] args) {
        return argument(args, "--rebuild-topic=");
    }

    public static int run(String[] args) {
        String topic = topicArgument(args).orElseThrow();
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(SurveyServiceApplication.class)
                .web(WebApplicationType.NONE)
                .properties("haven.kafka.publisher.enabled=false")
                .run(args)) {
            KafkaSettings settings = context.getBean(KafkaSettings.class);
            int partitions = argument(args, "--partitions=").map(Integer::parseInt).orElse(settings.partitions());
            TopicRebuild.Result result = context.getBean(TopicRebuild.class).rebuild(topic, partitions);
            System.out.printf("Rebuilt topic %s (%d partitions) with %d events from the event store%n",
                    result.topic(), result.partitions(), result.events());
            return 0;
        } catch (Exception e) {
            System.err.println("rebuild failed: " + e.getMessage());
            return 1;
        }
    }

    private static Optional<String> argument(String[] args, String prefix) {
        return Arrays.stream(args).filter(arg -> arg.startsWith(prefix)).map(arg -> arg.substring(prefix.length()))
                .findFirst();
    }
}
