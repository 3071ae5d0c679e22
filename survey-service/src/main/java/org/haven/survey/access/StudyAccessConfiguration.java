package org.haven.survey.access;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Puts the study check in front of every study endpoint. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
public class StudyAccessConfiguration implements WebMvcConfigurer {

    private final StudyAccess access;

    public StudyAccessConfiguration(StudyAccess access) {
        this.access = access;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new StudyAccessInterceptor(access)).addPathPatterns("/api/studies/**");
    }
}
