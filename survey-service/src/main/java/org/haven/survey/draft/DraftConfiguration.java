package org.haven.survey.draft;

import org.haven.survey.privacy.FieldCipher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;

import java.time.Clock;

/** The answer drafts and what deletes them (scheduling: the sweep of closed waves' drafts). */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class DraftConfiguration {

    @Bean
    AnswerDrafts answerDrafts(JdbcTemplate jdbc, FieldCipher cipher, Clock clock) {
        return new AnswerDrafts(jdbc, cipher, clock);
    }
}
