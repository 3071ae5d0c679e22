package org.haven.survey.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.converter.json.AbstractJackson2HttpMessageConverter;
import org.springframework.http.converter.json.MappingJackson2HttpMessageConverter;
import org.springframework.http.converter.xml.Jaxb2RootElementHttpMessageConverter;
import org.springframework.http.converter.xml.SourceHttpMessageConverter;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import java.util.List;

/**
 * The API reads and writes JSON only. Spring MVC registers a converter for every data format it finds on the
 * classpath: jackson-dataformat-yaml (which the OpenAPI library brings along) made every {@code @RequestBody}
 * accept {@code application/yaml}, parsed without the JSON limits; JAXB and {@code Source} would add XML. Only
 * the JSON converter of the Jackson family stays, next to the plain ones (text, bytes, resources, forms) that
 * the API documentation and the pages use.
 */
@Configuration(proxyBeanMethods = false)
class JsonOnlyConverters implements WebMvcConfigurer {

    @Override
    public void extendMessageConverters(List<HttpMessageConverter<?>> converters) {
        converters.removeIf(JsonOnlyConverters::undocumentedFormat);
    }

    static boolean undocumentedFormat(HttpMessageConverter<?> converter) {
        return (converter instanceof AbstractJackson2HttpMessageConverter
                && !(converter instanceof MappingJackson2HttpMessageConverter))
                || converter instanceof Jaxb2RootElementHttpMessageConverter
                || converter instanceof SourceHttpMessageConverter;
    }
}
