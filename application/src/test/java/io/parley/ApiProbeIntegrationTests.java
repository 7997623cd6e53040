package io.parley;

import static org.assertj.core.api.Assertions.assertThat;

import io.parley.testing.ParleyIntegrationTest;
import io.parley.testing.Tenant;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Probes every operation of {@code /v3/api-docs} as an outside reviewer would: without credentials, with the wrong
 * kind of token, with malformed bodies and ids, with another workspace's ids, and through path variants. The list of
 * operations comes from the running server, so a route added later is probed without touching this class. Every
 * answer must carry the security headers and never a stack trace; every refusal is problem+json with a stable code.
 */
class ApiProbeIntegrationTests extends ParleyIntegrationTest {

    /**
     * The operations anyone may call without a token, and why. Any other operation must refuse an anonymous caller.
     */
    private static final Map<String, String> PUBLIC = Map.of(
            "POST /api/v1/auth/login", "signing in is how an agent gets a token",
            "POST /api/v1/widget/sessions", "the widget starts a visitor session from its widget key",
            "GET /api/v1/widget/settings", "the widget reads its look before a visitor exists",
            "GET /api/v1/avatars/{digest}", "agents' pictures are images in the widget, fetched without a token",
            "POST /api/v1/channels/feishu/{inboxId}", "Feishu calls it, verified by the inbox's signature and token",
            "POST /api/v1/channels/dingtalk/{inboxId}", "DingTalk calls it, signed with the inbox's app secret",
            "GET /api/v1/channels/wechat/{inboxId}", "WeChat verifies the server URL, signed with the inbox's token",
            "POST /api/v1/channels/wechat/{inboxId}", "WeChat delivers messages, signed with the inbox's token",
            "GET /api/v1/channels/wechat-mini-program/{inboxId}", "WeChat verifies a Mini Program's push URL, signed",
            "POST /api/v1/channels/wechat-mini-program/{inboxId}", "WeChat pushes Mini Program messages, signed");
    private static final Pattern STACK_TRACE = Pattern.compile(
            "\\bat [a-z][\\w$]*(\\.[\\w$]+)+\\(|\\b(java|jakarta|javax|org\\.springframework|tools\\.jackson|com\\.fasterxml"
                    + "|org\\.eclipse|io\\.parley)\\.[\\w.$]*(Exception|Error)\\b|Exception:|Caused by");
    private static final Pattern CODE = Pattern.compile("[a-z][a-z0-9-]*(\\.[a-z0-9-]+)+");
    private static final Set<String> COUNTED_EXCEPT = Set.of("agent_session", "agent_presence", "refused_origin");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Autowired
    DataSource dataSource;

    private JsonNode apiDocs;
    private final Set<String> findings = new java.util.LinkedHashSet<>();
    private List<Operation> operations;

    record Operation(String method, String path, String security, @Nullable JsonNode requestBody) {
        String key() {
            return method + " " + path;
        }

        boolean isPublic() {
            return PUBLIC.containsKey(key());
        }
    }

    record Answer(String request, int status, String contentType, Map<String, List<String>> headers, String body) {
        String code() {
            try {
                return JSON.readTree(body).path("code").asString("");
            } catch (RuntimeException notJson) {
                return "";
            }
        }

        @Override
        public String toString() {
            return request + " -> " + status + " " + contentType + " " + (body.length() > 300 ? body.substring(0, 300) : body);
        }
    }

    @BeforeEach
    void readApiDocs() {
        Answer docs = call("GET", "/v3/api-docs", null, null, null);
        assertThat(docs.status()).isEqualTo(200);
        apiDocs = JSON.readTree(docs.body());
        operations = new ArrayList<>();
        apiDocs.path("paths").properties().forEach(path -> path.getValue().properties().forEach(op -> {
            String security = "";
            for (JsonNode requirement : op.getValue().path("security")) {
                security = requirement.propertyNames().iterator().next();
            }
            JsonNode body = op.getValue().get("requestBody");
            operations.add(new Operation(op.getKey().toUpperCase(Locale.ROOT), path.getKey(), security, body));
        }));
        assertThat(operations).hasSizeGreaterThan(40);
    }

    @Test
    void everyRouteButTheListedPublicOnesRefusesAnAnonymousCallerWithAProblemCode() {
        assertThat(operations.stream().map(Operation::key)).containsAll(PUBLIC.keySet());
        for (Operation operation : operations) {
            if (operation.isPublic()) {
                continue;
            }
            Answer answer = anonymous(operation, concrete(operation.path(), UUID.randomUUID().toString()));
            String required = operation.security().equals("apiKey") ? "channel.api-key-required" : "auth.required";
            if (answer.status() != 401 || !isProblem(answer) || !answer.code().equals(required)) {
                findings.add("anonymous " + answer);
            }
            if (operation.security().isEmpty()) {
                findings.add(operation.key() + " has no security requirement in the API description");
            }
        }
        assertThat(findings).isEmpty();
    }

    @Test
    void aTokenOfTheOtherKindIsRefusedWithAProblemCode() {
        Tenant tenant = newTenant();
        String visitorToken = visitorToken(tenant);
        for (Operation operation : operations) {
            String wrong = switch (operation.security()) {
                case "agentToken" -> visitorToken;
                case "visitorToken", "apiKey" -> tenant.adminToken();
                default -> null;
            };
            if (wrong == null) {
                continue;
            }
            Answer answer = call(operation.method(), concrete(operation.path(), UUID.randomUUID().toString()), wrong,
                    operation.requestBody() == null ? null : "{}", "application/json");
            boolean refused = answer.status() == 401 || answer.status() == 403
                    // the body's or the answer's media type is checked before the caller: refused either way
                    || answer.status() == 415 || answer.status() == 406;
            boolean signOut = operation.key().equals("POST /api/v1/auth/logout") && answer.status() == 204;
            if (signOut) {
                continue; // signing out a token that is no session changes nothing, as RFC 7009 revocation answers
            }
            if (!refused || !isProblem(answer) || !isCode(answer.code())) {
                findings.add("wrong token " + answer);
            }
        }
        assertThat(findings).isEmpty();
    }

    @Test
    void malformedBodiesAreRefusedWithAProblemCodeAndChangeNothing() throws Exception {
        Tenant tenant = newTenant();
        String visitorToken = visitorToken(tenant);
        String conversationId = JSON.readTree(call("POST", "/api/v1/visitor/conversations", visitorToken, null, null)
                .body()).path("id").asString();
        String apiKey = apiKey(tenant);
        long before = rowsOf(tenant.workspaceId());
        for (Operation operation : operations) {
            if (operation.requestBody() == null || !operation.requestBody().path("content").has("application/json")) {
                continue;
            }
            String token = tokenFor(operation, tenant, visitorToken, apiKey);
            String path = concrete(operation.path(), conversationId);
            JsonNode schema = schemaOf(operation.requestBody().path("content").path("application/json").path("schema"));
            Map<String, String> bodies = new LinkedHashMap<>();
            bodies.put("not JSON", "{\"unclosed\": ");
            bodies.put("an array", "[1, 2]");
            bodies.put("a string", "\"text\"");
            bodies.put("wrong types", wrongTypes(schema).toString());
            bodies.put("huge strings", hugeStrings(schema, 60_000).toString());
            if (hasEnum(schema)) {
                bodies.put("unknown enum names", unknownEnums(schema).toString());
            }
            for (var body : bodies.entrySet()) {
                Answer answer = call(operation.method(), path, token, body.getValue(), "application/json");
                if (answer.status() < 400 || answer.status() > 499 || !isProblem(answer) || !isCode(answer.code())) {
                    findings.add(body.getKey() + ": " + answer);
                }
            }
            Answer tooLarge = call(operation.method(), path, token,
                    "{\"text\":\"" + "x".repeat(70 * 1024) + "\"}", "application/json");
            if (tooLarge.status() != 413 || !tooLarge.code().equals("request.too-large")) {
                findings.add("over the size limit: " + tooLarge);
            }
            Answer wrongType = call(operation.method(), path, token, "{}", "text/plain");
            if (wrongType.status() != 415 || !isProblem(wrongType) || !isCode(wrongType.code())) {
                findings.add("wrong content type: " + wrongType);
            }
        }
        assertThat(findings).isEmpty();
        assertThat(rowsOf(tenant.workspaceId())).isEqualTo(before);
    }

    @Test
    void pathIdsThatAreNotUuidsAreRefusedWithAProblemCode() throws Exception {
        Tenant tenant = newTenant();
        String visitorToken = visitorToken(tenant);
        String apiKey = apiKey(tenant);
        // an API contact's external id is the integrator's own string, not a UUID: it names a contact that exists
        assertThat(call("PUT", "/api/v1/channel/contacts/" + CONTACT, apiKey, "{}", "application/json").status())
                .isEqualTo(201);
        long before = rowsOf(tenant.workspaceId());
        for (Operation operation : operations) {
            if (!operation.path().replace("{externalId}", CONTACT).contains("{") || operation.isPublic()) {
                continue;
            }
            String token = tokenFor(operation, tenant, visitorToken, apiKey);
            for (String id : List.of("not-a-uuid", "1", "00000000-0000-0000-0000-00000000000g", "%20", "..%2f..%2fetc")) {
                Answer answer = call(operation.method(),
                        concrete(operation.path().replace("{externalId}", CONTACT), id), token,
                        operation.requestBody() == null ? null : "{}", "application/json");
                if ((answer.status() != 400 && answer.status() != 404) || !isProblem(answer)
                        || !isCode(answer.code())) {
                    findings.add("id " + id + ": " + answer);
                }
            }
        }
        assertThat(findings).isEmpty();
        assertThat(rowsOf(tenant.workspaceId())).isEqualTo(before);
    }

    @Test
    void idsOfAnotherWorkspaceAreNotFoundAndChangeNothing() throws Exception {
        Tenant mine = newTenant();
        Tenant theirs = newTenant();
        String myVisitor = visitorToken(mine);
        String myKey = apiKey(mine);
        String theirVisitor = visitorToken(theirs);
        String theirConversation = JSON.readTree(call("POST", "/api/v1/visitor/conversations", theirVisitor, null, null)
                .body()).path("id").asString();
        call("POST", "/api/v1/knowledge/entries", theirs.adminToken(),
                "{\"question\":\"Opening hours?\",\"answer\":\"Nine to five.\"}", "application/json");
        call("POST", "/api/v1/canned-replies", theirs.adminToken(),
                "{\"shortcut\":\"hi\",\"title\":\"Hi\",\"text\":\"Hello!\"}", "application/json");
        Map<String, List<String>> theirIds = idsByCollection(theirs.adminToken(), theirConversation);
        long before = rowsOf(theirs.workspaceId());
        int probed = 0;
        for (Operation operation : operations) {
            if (!operation.path().contains("{") || operation.isPublic() || operation.security().isEmpty()) {
                continue;
            }
            String collection = operation.path().substring(0, operation.path().indexOf("/{"));
            List<String> ids = theirIds.getOrDefault(collection, List.of());
            if (collection.equals("/api/v1/visitor/conversations")) {
                ids = List.of(theirConversation);
            }
            String token = tokenFor(operation, mine, myVisitor, myKey);
            for (String id : ids) {
                probed++;
                Answer answer = call(operation.method(), concrete(operation.path(), id), token,
                        operation.requestBody() == null ? null : "{}", "application/json");
                if ((answer.status() != 404 && answer.status() != 403 && answer.status() != 400)
                        || !isProblem(answer) || !isCode(answer.code())) {
                    findings.add("their id " + answer);
                }
            }
        }
        assertThat(findings).isEmpty();
        assertThat(probed).isGreaterThan(10);
        assertThat(rowsOf(theirs.workspaceId())).isEqualTo(before);
    }

    @Test
    void trailingSlashAndUpperCaseVariantsDoNotBypassAuthentication() {
        for (Operation operation : operations) {
            String path = concrete(operation.path(), UUID.randomUUID().toString());
            Answer canonical = operation.isPublic() ? anonymous(operation, path) : null;
            for (String variant : List.of(path + "/", path.toUpperCase(Locale.ROOT), path + "//", path + ";x=1",
                    path.replaceFirst("/api/", "/api//"), path + "%2F", path.replaceFirst("/v1/", "/v1/./"))) {
                if (variant.equals(path)) {
                    continue;
                }
                Answer answer = anonymous(operation, variant);
                boolean refused = answer.status() == 401 || answer.status() == 404 || answer.status() == 400;
                boolean same = canonical != null && canonical.status() == answer.status();
                if (!(refused || same) || answer.status() >= 500
                        || (answer.status() >= 400 && (!isProblem(answer) || !isCode(answer.code())))) {
                    findings.add("variant " + answer);
                }
            }
        }
        assertThat(findings).isEmpty();
    }

    // --- helpers

    private boolean isProblem(Answer answer) {
        return answer.contentType().startsWith("application/problem+json");
    }

    /** A call without a token, in the media types the operation declares. */
    private Answer anonymous(Operation operation, String path) {
        String mediaType = operation.requestBody() == null ? "application/json"
                : operation.requestBody().path("content").propertyNames().iterator().next();
        boolean multipart = mediaType.startsWith("multipart/");
        return call(operation.method(), path, null,
                operation.requestBody() == null ? null : multipart ? "--probe--\r\n" : "{}",
                multipart ? mediaType + "; boundary=probe" : mediaType, Map.of("Accept", "*/*"));
    }

    private static boolean isCode(String code) {
        return CODE.matcher(code).matches();
    }

    private static final String CONTACT = "probe-contact";

    private static String tokenFor(Operation operation, Tenant tenant, String visitorToken, String apiKey) {
        return switch (operation.security()) {
            case "visitorToken" -> visitorToken;
            case "apiKey" -> apiKey;
            default -> tenant.adminToken();
        };
    }

    /** The secret of a new API key of a new API-channel inbox of the tenant. */
    private String apiKey(Tenant tenant) {
        Answer inbox = call("POST", "/api/v1/inboxes", tenant.adminToken(), "{\"name\":\"Probe app\",\"channel\":\"API\"}",
                "application/json");
        assertThat(inbox.status()).as(inbox.toString()).isEqualTo(201);
        Answer key = call("POST", "/api/v1/inboxes/" + JSON.readTree(inbox.body()).path("id").asString() + "/api-keys",
                tenant.adminToken(), "{\"name\":\"probe\"}", "application/json");
        assertThat(key.status()).as(key.toString()).isEqualTo(201);
        return JSON.readTree(key.body()).path("secret").asString();
    }

    private String visitorToken(Tenant tenant) {
        Answer session = call("POST", "/api/v1/widget/sessions", null,
                "{\"widgetKey\":\"" + tenant.widgetKey() + "\"}", "application/json", Map.of("Origin", tenant.origin()));
        assertThat(session.status()).as(session.toString()).isEqualTo(201);
        return JSON.readTree(session.body()).path("visitorToken").asString();
    }

    /** Each list route's ids, by the path of the collection they live in. */
    private Map<String, List<String>> idsByCollection(String adminToken, String conversationId) {
        Map<String, List<String>> ids = new HashMap<>();
        for (Operation operation : operations) {
            if (!operation.method().equals("GET") || operation.path().contains("{") || operation.isPublic()
                    || !operation.security().equals("agentToken")) {
                continue;
            }
            Answer answer = call("GET", operation.path(), adminToken, null, null);
            if (answer.status() != 200 || !answer.contentType().startsWith("application/json")) {
                continue;
            }
            List<String> found = new ArrayList<>();
            JsonNode body = JSON.readTree(answer.body());
            JsonNode items = body.isArray() ? body : body.path("items");
            items.forEach(item -> {
                if (item.path("id").isString()) {
                    found.add(item.path("id").asString());
                }
            });
            if (!found.isEmpty()) {
                ids.put(operation.path(), found);
            }
        }
        ids.computeIfAbsent("/api/v1/conversations", path -> new ArrayList<>()).add(conversationId);
        return ids;
    }

    private JsonNode schemaOf(JsonNode schema) {
        if (schema.has("$ref")) {
            String name = schema.path("$ref").asString().substring("#/components/schemas/".length());
            return apiDocs.path("components").path("schemas").path(name);
        }
        return schema;
    }

    private ObjectNode wrongTypes(JsonNode schema) {
        ObjectNode body = JSON.createObjectNode();
        schemaOf(schema).path("properties").properties().forEach(property -> {
            JsonNode type = schemaOf(property.getValue());
            switch (type.path("type").asString("object")) {
                case "string" -> body.put(property.getKey(), 12345);
                case "integer", "number" -> body.put(property.getKey(), "twelve");
                case "boolean" -> body.put(property.getKey(), "yes");
                case "array" -> body.put(property.getKey(), 7);
                default -> body.putArray(property.getKey()).add("x");
            }
        });
        if (body.isEmpty()) {
            body.putArray("unexpected").add(1);
        }
        return body;
    }

    private ObjectNode hugeStrings(JsonNode schema, int length) {
        ObjectNode body = JSON.createObjectNode();
        String huge = "界".repeat(length / 3);
        schemaOf(schema).path("properties").properties().forEach(property -> {
            JsonNode type = schemaOf(property.getValue());
            switch (type.path("type").asString("object")) {
                case "array" -> body.putArray(property.getKey()).add(huge);
                default -> body.put(property.getKey(), huge);
            }
        });
        if (body.isEmpty()) {
            body.put("unexpected", huge);
        }
        return body;
    }

    private boolean hasEnum(JsonNode schema) {
        boolean[] found = {false};
        schemaOf(schema).path("properties").properties().forEach(p -> found[0] |= schemaOf(p.getValue()).has("enum"));
        return found[0];
    }

    private ObjectNode unknownEnums(JsonNode schema) {
        ObjectNode body = JSON.createObjectNode();
        schemaOf(schema).path("properties").properties().forEach(property -> {
            JsonNode type = schemaOf(property.getValue());
            if (type.has("enum")) {
                body.put(property.getKey(), "NO_SUCH_VALUE");
            } else if (type.path("type").asString("").equals("string")) {
                body.put(property.getKey(), "text");
            }
        });
        return body;
    }

    private static String concrete(String path, String id) {
        return path.replaceAll("\\{[^}]+}", id);
    }

    /** Rows of a workspace in every table that has a workspace column, except sign-in bookkeeping. */
    private long rowsOf(String workspaceId) throws Exception {
        long rows = 0;
        try (Connection connection = dataSource.getConnection()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet columns = connection.createStatement().executeQuery("""
                    select table_schema || '.' || table_name from information_schema.columns
                    where column_name = 'workspace_id' and table_schema not in ('pg_catalog', 'information_schema')""")) {
                while (columns.next()) {
                    String table = columns.getString(1);
                    if (!COUNTED_EXCEPT.contains(table.substring(table.indexOf('.') + 1))) {
                        tables.add(table);
                    }
                }
            }
            assertThat(tables).hasSizeGreaterThan(5);
            for (String table : tables) {
                try (var statement = connection.prepareStatement(
                        "select count(*) from " + table + " where workspace_id::text = ?")) {
                    statement.setString(1, workspaceId);
                    try (ResultSet count = statement.executeQuery()) {
                        count.next();
                        rows += count.getLong(1);
                    }
                }
            }
        }
        return rows;
    }

    private Answer call(String method, String path, @Nullable String token, @Nullable String body,
            @Nullable String contentType) {
        return call(method, path, token, body, contentType, Map.of());
    }

    /** One request; asserts what every answer must have (security headers, no stack trace, a code on refusals). */
    private Answer call(String method, String path, @Nullable String token, @Nullable String body,
            @Nullable String contentType, Map<String, String> headers) {
        var builder = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(30))
                .header("Accept", headers.getOrDefault("Accept", "application/json, application/problem+json"))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (body != null && contentType != null) {
            builder.header("Content-Type", contentType);
        }
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        headers.forEach((name, value) -> {
            if (!name.equals("Accept")) {
                builder.header(name, value);
            }
        });
        HttpResponse<String> response;
        try {
            response = sendOnce(builder.build(), true);
        } catch (IOException e) {
            throw new AssertionError(method + " " + path + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
        String request = method + " " + path + (token == null ? "" : " (token)")
                + (body == null ? "" : " [" + (body.length() > 60 ? body.substring(0, 60) + "…" : body) + "]");
        Answer answer = new Answer(request, response.statusCode(),
                response.headers().firstValue("Content-Type").orElse(""), response.headers().map(), response.body());
        if (!response.headers().firstValue("X-Content-Type-Options").orElse("").equals("nosniff")
                || response.headers().firstValue("X-Frame-Options").isEmpty()
                || response.headers().firstValue("Content-Security-Policy").isEmpty()
                || response.headers().firstValue("Referrer-Policy").isEmpty()) {
            findings.add("security headers missing: " + answer + " " + response.headers().map().keySet());
        }
        if (STACK_TRACE.matcher(response.body()).find()) {
            findings.add("stack trace or exception name: " + answer);
        }
        if (answer.status() >= 500) {
            findings.add("server error: " + answer);
        } else if (answer.status() >= 400 && (!isProblem(answer) || !isCode(answer.code()))) {
            findings.add("refusal without a problem code: " + answer);
        }
        return answer;
    }

    /**
     * A request written to a kept-alive connection that the server closed after its previous answer (one that left a
     * refused body unread) gets no answer at all, or loses the end of its answer to the reset that closing a socket
     * with unread bytes sends; browsers send such a request again on a new connection, and so does this probe, once.
     * The probe's requests are refused ones and it checks afterwards that nothing changed.
     */
    private HttpResponse<String> sendOnce(java.net.http.HttpRequest request, boolean mayRetry)
            throws IOException, InterruptedException {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            if (mayRetry) {
                return sendOnce(request, false);
            }
            throw e;
        }
    }
}
