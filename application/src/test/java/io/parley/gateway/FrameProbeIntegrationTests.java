package io.parley.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.protobuf.Descriptors.Descriptor;
import com.google.protobuf.Descriptors.FieldDescriptor;
import io.parley.gateway.protocol.ClientFrame;
import io.parley.gateway.protocol.ServerFrame;
import io.parley.testing.ParleyIntegrationTest;
import io.parley.testing.ParleySocket;
import io.parley.testing.ParleySocket.Encoding;
import io.parley.testing.Tenant;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Sends every client frame of the schema (the oneof cases of {@code ClientFrame}, read from the descriptor, so that a
 * new frame is probed without touching this class) malformed in JSON, from an agent's and a visitor's connection:
 * values of the wrong type, unknown enum names, oversized strings, missing ids and another workspace's conversation.
 * Each must be answered with an error whose code docs/protocol.md lists, keep the connection open, and store nothing.
 */
class FrameProbeIntegrationTests extends ParleyIntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Set<String> COUNTED_EXCEPT = Set.of("agent_session", "agent_presence", "refused_origin");

    @Autowired
    DataSource dataSource;

    @Test
    void everyMalformedFrameGetsADocumentedErrorKeepsTheConnectionAndStoresNothing() throws Exception {
        Set<String> documented = documentedCodes();
        Tenant mine = newTenant();
        Tenant theirs = newTenant();
        String myConversation = startConversation(mine);
        String theirConversation = startConversation(theirs);
        String myVisitor = visitorToken(mine);
        long myRows = rowsOf(mine.workspaceId());
        long theirRows = rowsOf(theirs.workspaceId());
        Set<String> findings = new LinkedHashSet<>();
        int probes = 0;
        try (var agent = ParleySocket.open(Encoding.JSON, port, mine.origin());
             var visitor = ParleySocket.open(Encoding.JSON, port, mine.origin())) {
            assertThat(agent.authenticateAgent(mine.adminToken()).hasAuthenticated()).isTrue();
            assertThat(visitor.authenticateVisitor(myVisitor).hasAuthenticated()).isTrue();
            for (FieldDescriptor frame : ClientFrame.getDescriptor().getOneofs().getFirst().getFields()) {
                for (var variant : variants(frame, myConversation, theirConversation).entrySet()) {
                    for (var socket : Map.of("agent", agent, "visitor", visitor).entrySet()) {
                        probes++;
                        String requestId = "probe-" + probes;
                        ObjectNode sent = JSON.createObjectNode().put("requestId", requestId);
                        sent.set(frame.getJsonName(), variant.getValue());
                        socket.getValue().sendRawText(sent.toString());
                        String what = socket.getKey() + " " + frame.getName() + " " + variant.getKey() + " " + sent;
                        ServerFrame answer = answerTo(socket.getValue(), requestId);
                        if (answer == null) {
                            findings.add("no answer: " + what);
                        } else if (!answer.hasError()) {
                            findings.add("accepted: " + what + " -> " + answer.toString().replace('\n', ' '));
                        } else if (!documented.contains(answer.getError().getCode())) {
                            findings.add("undocumented code " + answer.getError().getCode() + ": " + what);
                        } else if (answer.getError().getFatal() || socket.getValue().isClosed()) {
                            findings.add("closed: " + what + " -> " + answer.getError().getCode());
                        }
                    }
                }
            }
        }
        assertThat(findings).isEmpty();
        assertThat(probes).isGreaterThan(40);
        assertThat(rowsOf(mine.workspaceId())).isEqualTo(myRows);
        assertThat(rowsOf(theirs.workspaceId())).isEqualTo(theirRows);
    }

    /** The frame's answer, found by its request id; a heartbeat sent after it shows the connection still answers. */
    private static ServerFrame answerTo(ParleySocket socket, String requestId) {
        try {
            return socket.await(f -> f.getRequestId().equals(requestId), Duration.ofSeconds(5));
        } catch (AssertionError none) {
            return null;
        }
    }

    /** Malformed versions of one frame, each from an otherwise valid one so that only the flaw is refused. */
    private static Map<String, tools.jackson.databind.JsonNode> variants(FieldDescriptor frame, String conversation,
            String foreignConversation) {
        Descriptor type = frame.getMessageType();
        Map<String, tools.jackson.databind.JsonNode> variants = new LinkedHashMap<>();
        variants.put("as an array", JSON.createArrayNode().add(1));
        variants.put("as a string", JSON.getNodeFactory().stringNode("x"));
        variants.put("as a number", JSON.getNodeFactory().numberNode(7));
        for (FieldDescriptor field : type.getFields()) {
            ObjectNode wrong = valid(type, conversation);
            switch (field.getJavaType()) {
                case STRING, BYTE_STRING -> wrong.put(field.getJsonName(), 12345);
                case INT, LONG, FLOAT, DOUBLE -> wrong.put(field.getJsonName(), "twelve");
                case BOOLEAN -> wrong.put(field.getJsonName(), "yes");
                case ENUM -> wrong.put(field.getJsonName(), "NO_SUCH_VALUE");
                case MESSAGE -> wrong.putArray(field.getJsonName()).add(1);
            }
            variants.put(field.getName() + " of the wrong type", wrong);
            if (field.getJavaType() == FieldDescriptor.JavaType.ENUM) {
                ObjectNode restSpelling = valid(type, conversation);
                String name = field.getEnumType().getValues().getLast().getName();
                restSpelling.put(field.getJsonName(), name.substring(name.lastIndexOf('_') + 1));
                variants.put(field.getName() + " in another spelling", restSpelling);
            }
            if (field.getJavaType() == FieldDescriptor.JavaType.STRING) {
                ObjectNode huge = valid(type, conversation);
                huge.put(field.getJsonName(), "x".repeat(12_000));
                variants.put(field.getName() + " oversized", huge);
            }
            if (field.getName().endsWith("conversation_id")) {
                ObjectNode missing = valid(type, conversation);
                missing.remove(field.getJsonName());
                variants.put(field.getName() + " missing", missing);
                ObjectNode foreign = valid(type, conversation);
                foreign.put(field.getJsonName(), foreignConversation);
                variants.put(field.getName() + " of another workspace", foreign);
            }
        }
        return variants;
    }

    /** A frame of this type with every field set as a client would set it. */
    private static ObjectNode valid(Descriptor type, String conversation) {
        ObjectNode frame = JSON.createObjectNode();
        for (FieldDescriptor field : type.getFields()) {
            if (field.getRealContainingOneof() != null
                    && field.getRealContainingOneof().getFields().indexOf(field) > 0
                    || field.getJavaType() == FieldDescriptor.JavaType.BYTE_STRING) {
                continue; // one member of a oneof; binary twins stay empty
            }
            switch (field.getJavaType()) {
                case STRING -> frame.put(field.getJsonName(), field.getName().endsWith("conversation_id") ? conversation
                        : field.getName().endsWith("client_message_id") ? "probe-" + System.nanoTime() : "hello");
                case INT, LONG -> frame.put(field.getJsonName(), 1);
                case FLOAT, DOUBLE -> frame.put(field.getJsonName(), 1.5);
                case BOOLEAN -> frame.put(field.getJsonName(), true);
                case ENUM -> frame.put(field.getJsonName(), field.getEnumType().getValues().getLast().getName());
                default -> { }
            }
        }
        return frame;
    }

    /** The codes of the error table of docs/protocol.md, section 12. */
    private static Set<String> documentedCodes() throws Exception {
        String protocol = Files.readString(Path.of("..", "docs", "protocol.md"));
        String errors = protocol.substring(protocol.indexOf("## 12. Errors"), protocol.indexOf("## 13."));
        Set<String> codes = new LinkedHashSet<>();
        Matcher row = Pattern.compile("(?m)^\\| `([a-z.-]+)` \\|").matcher(errors);
        while (row.find()) {
            codes.add(row.group(1));
        }
        assertThat(codes).contains("frame.malformed");
        return codes;
    }

    private String startConversation(Tenant tenant) {
        var visitorToken = visitorToken(tenant);
        try (var socket = ParleySocket.open(Encoding.JSON, port, tenant.origin())) {
            socket.authenticateVisitor(visitorToken);
            ServerFrame started = socket.request(ClientFrame.newBuilder()
                    .setStartConversation(io.parley.gateway.protocol.StartConversation.getDefaultInstance()));
            assertThat(started.hasConversationStarted()).as(started.toString()).isTrue();
            return started.getConversationStarted().getConversation().getId();
        }
    }

    private String visitorToken(Tenant tenant) {
        return client().visitorSession(tenant.widgetKey(), tenant.origin()).path("visitorToken").asString();
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
}
