package io.parley.shared.application;

import io.parley.shared.ClientAddresses;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ClientAddressConfiguration {

    /** Refuses to start on an entry that is not an address or network, naming the property. */
    @Bean
    ClientAddresses clientAddresses(ClientAddressProperties properties) {
        try {
            return ClientAddresses.trusting(properties.trustedProxies());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("parley.http.trusted-proxies: " + e.getMessage(), e);
        }
    }
}
