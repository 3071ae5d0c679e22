package org.haven.analytics.report;

import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The report's Thymeleaf templates (classpath {@code templates/report/}: the page, its layout and fragments), with a standalone engine: the batch has
 * no web layer. Text and attributes are escaped by the engine.
 */
final class ReportTemplates {

    private static final TemplateEngine ENGINE = engine();

    private ReportTemplates() {
    }

    static String render(ReportModel model) {
        Context context = new Context(Locale.ROOT);
        context.setVariable("report", model);
        return ENGINE.process("report/report", context);
    }

    private static TemplateEngine engine() {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver(ReportTemplates.class.getClassLoader());
        resolver.setPrefix("templates/");
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCharacterEncoding(StandardCharsets.UTF_8.name());
        resolver.setCacheable(true);
        TemplateEngine engine = new TemplateEngine();
        engine.setTemplateResolver(resolver);
        return engine;
    }
}
