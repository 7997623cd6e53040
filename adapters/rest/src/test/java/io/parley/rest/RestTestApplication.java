package io.parley.rest;

import io.parley.shared.ClientAddresses;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;

/** The REST adapter alone, on the in-memory use cases of {@link Fakes} instead of the application. */
@SpringBootConfiguration
@EnableAutoConfiguration
@ComponentScan("io.parley")
class RestTestApplication {

    @Bean
    ClientAddresses clientAddresses() {
        return ClientAddresses.DIRECT;
    }
}
