package io.parley.gateway.adapter.webui;

import jakarta.servlet.DispatcherType;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.core.Ordered;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Registers the security headers, first of all filters so that every answer carries them (a refusal's too). */
@Configuration(proxyBeanMethods = false)
class WebUiConfiguration {

    @Bean
    FilterRegistrationBean<SecurityHeadersFilter> webUiSecurityHeaders() {
        var registration = new FilterRegistrationBean<>(new SecurityHeadersFilter());
        registration.addUrlPatterns("/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR);
        return registration;
    }
}
