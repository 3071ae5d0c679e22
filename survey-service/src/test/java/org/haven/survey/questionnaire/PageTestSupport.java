package org.haven.survey.questionnaire;

import org.haven.survey.it.ServiceTestSupport;
import org.haven.survey.it.TestDatabase;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The service for the page tests; declared once here so every page test class shares one Spring context. */
abstract class PageTestSupport extends ServiceTestSupport {

    static final String ALWAYS_OPEN = "[{\"type\":\"always\"}]";

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.register(registry);
        researcherAccount(registry);
    }
}
