package org.haven.survey.access;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;

/** The one sign-in throttle of this instance, shared by the researcher sign-in and the participant tokens. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
@EnableConfigurationProperties(ThrottleSettings.class)
public class ThrottleConfiguration {

    @Bean
    SignInThrottle signInThrottle(ThrottleSettings settings) {
        return new SignInThrottle(settings, Clock.systemUTC());
    }
}
