package io.parley.shared.adapter.rest;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI document's front matter, the two kinds of bearer token the API takes, and the problem-details answer
 * every operation can give (springdoc does not see it: it comes from the advice, not from the controllers).
 */
@Configuration(proxyBeanMethods = false)
class OpenApiDocument {

    private static final String PROBLEM = "Problem";

    @Bean
    OpenAPI parleyOpenApi() {
        return new OpenAPI()
                .info(new Info().title("Parley REST API").version("v1").description("""
                        Agents sign in with POST /api/v1/auth/login and send the token as `Authorization: Bearer`. \
                        The web widget starts a visitor session with POST /api/v1/widget/sessions and sends the \
                        visitor token the same way. Errors are RFC 9457 problem details whose `code` member is \
                        stable; branch on it, and show `detail` to people."""))
                .components(new Components()
                        .addSecuritySchemes(ApiSecurity.AGENT_TOKEN, bearer("from POST /api/v1/auth/login"))
                        .addSecuritySchemes(ApiSecurity.VISITOR_TOKEN, bearer("from POST /api/v1/widget/sessions"))
                        .addSecuritySchemes(ApiSecurity.API_KEY, bearer("an API-channel key, pk_..., from POST "
                                + "/api/v1/inboxes/{inboxId}/api-keys; X-Api-Key: pk_... works as well"))
                        .addSchemas(PROBLEM, problemSchema()));
    }

    @Bean
    OpenApiCustomizer problemResponses() {
        ApiResponse problem = new ApiResponse().description("A problem detail with a stable code")
                .content(new Content().addMediaType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                        new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM))));
        ApiResponse tooMany = new ApiResponse()
                .description("Over a rate limit (code request.rate-limited, naming the limit; auth.locked for sign-in): "
                        + "send it again after Retry-After seconds")
                .addHeaderObject("Retry-After", new Header().description("seconds to wait")
                        .schema(new IntegerSchema()))
                .content(problem.getContent());
        return openApi -> openApi.getPaths().values().forEach(path -> path.readOperations().forEach(operation -> {
            operation.getResponses().values().forEach(OpenApiDocument::answersJson);
            operation.getResponses().putIfAbsent("429", tooMany);
            operation.getResponses().addApiResponse("default", problem);
        }));
    }

    /** Controllers declare no {@code produces}, so springdoc writes any type; they always answer JSON. */
    private static void answersJson(ApiResponse response) {
        Content content = response.getContent();
        if (content != null && content.containsKey("*/*")) {
            content.addMediaType(org.springframework.http.MediaType.APPLICATION_JSON_VALUE, content.remove("*/*"));
        }
    }

    private static Schema<?> problemSchema() {
        Schema<?> fieldError = new ObjectSchema()
                .addProperty("field", new StringSchema())
                .addProperty("message", new StringSchema());
        return new ObjectSchema()
                .description("RFC 9457 problem details")
                .addProperty("type", new StringSchema())
                .addProperty("title", new StringSchema())
                .addProperty("status", new IntegerSchema())
                .addProperty("detail", new StringSchema().description("for people: what went wrong and what to do"))
                .addProperty("instance", new StringSchema())
                .addProperty("code", new StringSchema().description("stable, for programs; for example auth.required"))
                .addProperty("errors", new ArraySchema().items(fieldError)
                        .description("the invalid fields, with request.invalid"))
                .addProperty("limit", new StringSchema()
                        .description("with request.rate-limited: the limit exceeded, as in parley.rate-limits"))
                .addProperty("retryAfterSeconds", new IntegerSchema()
                        .description("with request.rate-limited and auth.locked: as the Retry-After header"));
    }

    private static SecurityScheme bearer(String description) {
        return new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer").description(description);
    }
}
