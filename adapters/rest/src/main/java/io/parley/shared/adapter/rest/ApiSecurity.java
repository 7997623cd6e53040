package io.parley.shared.adapter.rest;

/** Names of the OpenAPI security schemes that controllers refer to in {@code @SecurityRequirement}. */
public final class ApiSecurity {

    public static final String AGENT_TOKEN = "agentToken";
    public static final String VISITOR_TOKEN = "visitorToken";
    /** An API-channel key, {@code pk_...}, as {@code Authorization: Bearer} or {@code X-Api-Key}. */
    public static final String API_KEY = "apiKey";

    private ApiSecurity() {}
}
