package org.haven.survey.publishing;

import org.haven.survey.SurveyServiceApplication;
import org.haven.survey.it.ApiClient;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

import javax.sql.DataSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The whole service started and stopped by a test, so one test can run it with the publisher off, stop it,
 * and start it again with the publisher on, against the same database.
 */
public final class RunningService implements AutoCloseable {

    public static final String RESEARCHER = "kafka-it";
    public static final String PASSWORD = "publishing is not optional";
    private static final String HASH = "{bcrypt}" + new BCryptPasswordEncoder(4).encode(PASSWORD);

    private final ConfigurableApplicationContext context;
    public final ApiClient api;

    private RunningService(ConfigurableApplicationContext context) {
        this.context = context;
        this.api = new ApiClient(((WebServerApplicationContext) context).getWebServer().getPort());
    }

    public static RunningService start(Map<String, String> database, Map<String, String> properties) {
        List<String> args = new ArrayList<>(List.of("--server.port=0",
                "--haven.security.researchers[0].name=" + RESEARCHER,
                "--haven.security.researchers[0].password=" + HASH,
                "--haven.privacy.master-key=" + org.haven.survey.it.ServiceTestSupport.TEST_MASTER_KEY));
        if (!properties.containsKey("haven.import.ref-key")) {
            args.add("--haven.import.ref-key=" + org.haven.survey.it.ServiceTestSupport.TEST_REF_KEY);
        }
        database.forEach((key, value) -> args.add("--" + key + "=" + value));
        properties.forEach((key, value) -> args.add("--" + key + "=" + value));
        return new RunningService(new SpringApplicationBuilder(SurveyServiceApplication.class)
                .run(args.toArray(String[]::new)));
    }

    public String researcher() {
        return ApiClient.basic(RESEARCHER, PASSWORD);
    }

    public DataSource dataSource() {
        return context.getBean(DataSource.class);
    }

    public <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    @Override
    public void close() {
        context.close();
    }
}
