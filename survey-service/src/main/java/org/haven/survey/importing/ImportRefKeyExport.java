package org.haven.survey.importing;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.JdbcTemplateAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.Optional;

/**
 * {@code java -jar survey-service.jar --export-import-ref-key}: prints the import-reference key that an earlier
 * version generated into the database, and nothing else, so it can be moved into the configuration. It only
 * reads: the service removes the stored key once it starts with the same key configured. It connects with the
 * service's own datasource settings and starts nothing else.
 */
public final class ImportRefKeyExport {

    static final String ARGUMENT = "--export-import-ref-key";

    private ImportRefKeyExport() {
    }

    public static boolean requested(String[] args) {
        return Arrays.asList(args).contains(ARGUMENT);
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(DatabaseOnly.class)
                .web(WebApplicationType.NONE)
                .logStartupInfo(false)
                // the key alone on standard output, so that KEY=$(java -jar ... --export-import-ref-key) works
                .properties("spring.main.banner-mode=off", "logging.level.root=OFF")
                .run(withOneConnection(args))) {
            Optional<String> stored = LegacyRefKey.read(context.getBean(JdbcTemplate.class));
            if (stored.isEmpty()) {
                err.println("The database holds no import-reference key: it was moved out already (or never"
                        + " generated). Use the key configured in " + ImportRefKeyResolver.SETTING + ".");
                return 1;
            }
            out.println(stored.get());
            return 0;
        } catch (RuntimeException e) {
            err.println("could not read the import-reference key from the database: " + e.getMessage());
            return 1;
        }
    }

    /** One query needs one connection, not the service's pool (placed last, so it wins over application.yml). */
    private static String[] withOneConnection(String[] args) {
        String[] all = Arrays.copyOf(args, args.length + 1);
        all[args.length] = "--haven.db.pool-size=1";
        return all;
    }

    @Configuration(proxyBeanMethods = false)
    @ImportAutoConfiguration({DataSourceAutoConfiguration.class, JdbcTemplateAutoConfiguration.class})
    static class DatabaseOnly {
    }
}
