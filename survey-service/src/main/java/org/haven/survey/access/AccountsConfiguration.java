package org.haven.survey.access;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The researcher accounts, bound in every kind of run (also without a web server, e.g. a topic rebuild),
 * because the Study aggregate's command handlers ask the {@link ResearcherDirectory}: configured names and
 * the enabled accounts created in the console.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ResearcherAccounts.class)
public class AccountsConfiguration {

    @Bean
    ResearcherDirectory researcherDirectory(ResearcherAccounts accounts, StoredAccounts stored) {
        return account -> (accounts.researchers().isEmpty()
                ? ResearcherUsers.BOOTSTRAP_ACCOUNT.equals(account)
                : accounts.researchers().stream().anyMatch(configured -> configured.name().equals(account)))
                || stored.enabled(account);
    }
}
