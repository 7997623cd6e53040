package io.parley.shared.adapter.rest;

import jakarta.servlet.MultipartConfigElement;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * File uploads (documents, CSV imports) are limited by {@link RestProperties#maxUploadSize()} alone, in place of
 * Spring Boot's {@code spring.servlet.multipart.*} defaults (1 MB per file), so that one setting governs them.
 */
@Configuration(proxyBeanMethods = false)
class UploadLimits {

    @Bean
    MultipartConfigElement multipartConfigElement(RestProperties properties) {
        long max = properties.maxUploadSize().toBytes();
        // parts up to 1 MB stay in memory; larger ones go to a temporary file until the request ends
        return new MultipartConfigElement("", max, max, 1024 * 1024);
    }
}
