package org.haven.survey.console;

import org.haven.survey.access.StudyAccess;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class ConsoleWebConfiguration implements WebMvcConfigurer {

    private final StudyAccess access;

    ConsoleWebConfiguration(StudyAccess access) {
        this.access = access;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new PasswordChangeGate()).addPathPatterns("/console", "/console/**")
                .excludePathPatterns(PasswordChangeGate.EXEMPT);
        registry.addInterceptor(new ConsoleStudyGuard(access)).addPathPatterns("/console/studies/**");
    }
}
