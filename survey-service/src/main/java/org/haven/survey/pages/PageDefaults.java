package org.haven.survey.pages;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * The service's participant-page settings ({@code haven.pages.*}), used before a study is known (the link page)
 * and for studies that set none of their own.
 */
@ConfigurationProperties("haven.pages")
public record PageDefaults(String title, String exitUrl, Duration idleTimeout) {

    public PageDefaults {
        title = title == null || title.isBlank() ? "Your study" : title.strip();
        // a well-known search engine: a page of the service itself would keep the service's address in the bar
        exitUrl = exitUrl == null || exitUrl.isBlank() ? "https://www.google.com/" : exitUrl.strip();
        idleTimeout = idleTimeout == null ? Duration.ofMinutes(20) : idleTimeout;
    }

    public PageSettings settings() {
        return new PageSettings(title, exitUrl, (int) Math.max(2, idleTimeout.toMinutes()), null, null);
    }
}
