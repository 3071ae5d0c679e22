package org.haven.survey.publishing;

import org.springframework.boot.actuate.endpoint.SecurityContext;
import org.springframework.boot.actuate.endpoint.web.WebServerNamespace;
import org.springframework.boot.actuate.health.AdditionalHealthEndpointPath;
import org.springframework.boot.actuate.health.HealthEndpointGroup;
import org.springframework.boot.actuate.health.HealthEndpointGroups;
import org.springframework.boot.actuate.health.HealthEndpointGroupsPostProcessor;
import org.springframework.boot.actuate.health.HttpCodeStatusMapper;
import org.springframework.boot.actuate.health.StatusAggregator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.List;
import java.util.Set;

/**
 * Keeps the broker out of the overall health a load balancer checks: submissions succeed while Kafka is away
 * (the event store is the source of truth), so a broker outage must not take every instance out of rotation.
 * Publishing is reported in its own group, {@code /actuator/health/publishing}; whatever application.yml includes
 * in that group is left out of the overall status. The mail queue's group, {@code /actuator/health/mail-queue},
 * is left out likewise: participants answer while the mail server is away.
 */
@Configuration(proxyBeanMethods = false)
public class PublishingHealth {

    static final String GROUP = "publishing";
    static final String MAIL_QUEUE_GROUP = "mail-queue";

    @Bean
    HealthEndpointGroupsPostProcessor publishingOutsideTheOverallStatus() {
        return groups -> new WithoutPublishing(groups);
    }

    private record WithoutPublishing(HealthEndpointGroups groups) implements HealthEndpointGroups {

        @Override
        public HealthEndpointGroup getPrimary() {
            HealthEndpointGroup primary = groups.getPrimary();
            for (String own : List.of(GROUP, MAIL_QUEUE_GROUP)) {
                HealthEndpointGroup group = groups.get(own);
                primary = group == null ? primary : new PrimaryGroup(primary, group);
            }
            return primary;
        }

        @Override
        public Set<String> getNames() {
            return groups.getNames();
        }

        @Override
        public HealthEndpointGroup get(String name) {
            return groups.get(name);
        }

        @Override
        public HealthEndpointGroup get(AdditionalHealthEndpointPath path) {
            return groups.get(path);
        }

        @Override
        public Set<HealthEndpointGroup> getAllWithAdditionalPath(WebServerNamespace namespace) {
            return groups.getAllWithAdditionalPath(namespace);
        }
    }

    private record PrimaryGroup(HealthEndpointGroup primary, HealthEndpointGroup excluded)
            implements HealthEndpointGroup {

        @Override
        public boolean isMember(String name) {
            return primary.isMember(name) && !excluded.isMember(name);
        }

        @Override
        public boolean showComponents(SecurityContext securityContext) {
            return primary.showComponents(securityContext);
        }

        @Override
        public boolean showDetails(SecurityContext securityContext) {
            return primary.showDetails(securityContext);
        }

        @Override
        public StatusAggregator getStatusAggregator() {
            return primary.getStatusAggregator();
        }

        @Override
        public HttpCodeStatusMapper getHttpCodeStatusMapper() {
            return primary.getHttpCodeStatusMapper();
        }

        @Override
        public AdditionalHealthEndpointPath getAdditionalPath() {
            return primary.getAdditionalPath();
        }
    }
}
