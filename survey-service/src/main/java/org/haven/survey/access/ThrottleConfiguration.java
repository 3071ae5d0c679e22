package org.haven.survey.access;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;

/**
 * The one sign-in throttle of this instance, shared by the researcher sign-in and the participant tokens. Not
 * conditional on a web server: the controllers that use it also exist in the non-web commands (--rebuild-topic).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ThrottleSettings.class)
public class ThrottleConfiguration {

    @Bean
    SignInThrottle signInThrottle(ThrottleSettings settings) {
        return new SignInThrottle(settings, Clock.systemUTC());
    }
}
