package org.haven.analytics.cli;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.haven.analytics.run.BadArgumentException;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Fails fast, with one line, when the broker cannot be reached or the topic does not exist. */
final class BrokerCheck {

    private BrokerCheck() {
    }

    static void requireTopic(String bootstrapServers, String topic) {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 10_000))) {
            Set<String> topics = admin.listTopics().names().get(15, TimeUnit.SECONDS);
            if (!topics.contains(topic)) {
                throw new BadArgumentException("topic " + topic + " does not exist on " + bootstrapServers);
            }
        } catch (ExecutionException | TimeoutException e) {
            throw new BadArgumentException("cannot reach Kafka at " + bootstrapServers + " ("
                    + (e.getCause() == null ? e : e.getCause()).getClass().getSimpleName() + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BadArgumentException("interrupted while checking Kafka");
        }
    }
}
