package io.parley.rest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Swagger UI can be switched off (PARLEY_SWAGGER_UI=false); the OpenAPI document stays for clients and tools. */
@SpringBootTest(classes = RestTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "springdoc.swagger-ui.enabled=false")
class SwaggerUiSwitchTests {

    @LocalServerPort
    int port;

    @Test
    void servesNoSwaggerUiWhenSwitchedOff() {
        var api = new Api(port);

        assertThat(api.get("/swagger-ui/index.html", null).status()).isEqualTo(404);
        assertThat(api.get("/swagger-ui.html", null).status()).isEqualTo(404);
        assertThat(api.get("/v3/api-docs", null).status()).isEqualTo(200);
    }
}
