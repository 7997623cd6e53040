package io.parley.drills;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The examples of the docs, run as a reader would run them against the executable jar: docs/channels.md's shell
 * blocks with bash, the real curl and jq (only the address and the administrator's sign-in set), and
 * docs/webhooks.md's verifiers, the Java one compiled and the JavaScript one run by node, on deliveries Parley
 * signed. A command or a verifier that stops working as its page says fails the build. Needs PostgreSQL at
 * 127.0.0.1:5432 (user postgres, trust), bash, curl, jq and node: without them the tests are skipped, unless
 * -Dparley.require-services=true (CI), where they fail.
 */
class DocumentedExamplesTests {

    private static final String SERVER = "127.0.0.1:5432";
    private static final Pattern UUID_PATTERN =
            Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private static final Path WORK = Drill.WORK.resolve("documented-examples");

    private static String database;
    private static WebhookReceiver receiver;
    private static ParleyProcess parley;
    private static List<VerifyCase> cases;

    @BeforeAll
    static void start() throws IOException {
        requireCommand("bash", "--version");
        requireCommand("curl", "--version");
        requireCommand("jq", "--version");
        Files.createDirectories(WORK);
        database = "parley_docs_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        admin("CREATE DATABASE " + database);
        receiver = WebhookReceiver.start();
        // the receiver is on the loopback, which the outbound guard refuses unless opened
        parley = ParleyProcess.start("docs", WORK, "jdbc:postgresql://" + SERVER + "/" + database, null,
                Files.createTempDirectory(WORK, "data-"), Map.of("PARLEY_OUTBOUND_ALLOWED_HOSTS", "127.0.0.1"));
    }

    @AfterAll
    static void stop() {
        if (parley != null) {
            parley.close();
        }
        if (receiver != null) {
            receiver.close();
        }
        if (database != null) {
            admin("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
        }
    }

    // ---------------------------------------------------------------------------------------------------------
    // docs/channels.md

    @Test
    void theApiChannelsCurlExamplesAnswerAsDocumented() throws Exception {
        Path page = MarkdownExamples.docs().resolve("channels.md");
        var blocks = MarkdownExamples.blocks(page);
        var shell = new ArrayList<MarkdownExamples.Block>();
        var answers = new LinkedHashMap<Integer, List<MarkdownExamples.Block>>(); // shell block -> JSON shown after it
        for (var block : blocks) {
            if (block.language().equals("bash") || block.language().equals("sh")) {
                shell.add(block);
                answers.put(shell.size() - 1, new ArrayList<>());
            } else if (block.language().equals("json") && !shell.isEmpty()) {
                answers.get(shell.size() - 1).add(block);
            }
        }
        assertThat(shell).as("shell examples in " + page).hasSize(5);

        var script = new StringBuilder("set -euo pipefail\n")
                // the real curl, telling each call's status on stderr: what the reader sees on stdout is unchanged
                .append("curl() { command curl -w '%{stderr}%{http_code} %{method} %{url_effective}\\n' \"$@\"; }\n");
        var placeholders = new LinkedHashMap<String, String>();
        placeholders.put("PARLEY", parley.url());
        placeholders.put("ADMIN_EMAIL", ParleyProcess.ADMIN_EMAIL);
        placeholders.put("ADMIN_PASSWORD", ParleyProcess.ADMIN_PASSWORD);
        var set = new TreeSet<String>();
        for (int i = 0; i < shell.size(); i++) {
            script.append("printf '\\n@@ block ").append(i).append("\\n'; printf '@@ block ").append(i)
                    .append("\\n' >&2\n").append(setPlaceholders(shell.get(i).text(), placeholders, set));
        }
        assertThat(set).as("the variables a reader sets").isEqualTo(placeholders.keySet().stream()
                .collect(java.util.stream.Collectors.toCollection(TreeSet::new)));

        var run = run(List.of("bash", "-c", script.toString()), null, Duration.ofSeconds(60));
        assertThat(run.exit()).as("the examples run through\nstdout:\n%s\nstderr:\n%s", run.stdout(), run.stderr())
                .isZero();
        var out = sections(run.stdout(), shell.size());
        var calls = sections(run.stderr(), shell.size());
        var outputs = new ArrayList<List<JsonNode>>();
        for (String section : out) {
            outputs.add(jsonValues(section));
        }
        String context = "\nstdout:\n" + run.stdout() + "\nstderr:\n" + run.stderr();

        // an API inbox and a key
        assertThat(calls(calls.get(0))).as(context).containsExactly("200 POST /api/v1/auth/login",
                "201 POST /api/v1/inboxes", "201 POST /api/v1/inboxes/{id}/api-keys");
        JsonNode issued = single(outputs.get(0), context);
        String secret = issued.path("secret").asString();
        assertThat(secret).as(context).matches("pk_[A-Za-z0-9_-]{43}");
        assertThat(issued.path("key").path("name").asString()).isEqualTo("Order backend");
        assertThat(issued.path("key").path("prefix").asString()).isEqualTo(secret.substring(0, 11));
        assertThat(issued.path("key").path("revoked").asBoolean(true)).isFalse();

        // calling with the key, in either header
        assertThat(calls(calls.get(1))).as(context).containsExactly("200 GET /api/v1/channel/inbox",
                "200 GET /api/v1/channel/inbox");
        assertThat(outputs.get(1)).as(context).hasSize(2).allSatisfy(inbox -> {
            assertThat(inbox.path("name").asString()).isEqualTo("Shop app");
            assertThat(inbox.path("keyName").asString()).isEqualTo("Order backend");
            assertThat(inbox.path("keyId").asString()).isEqualTo(issued.path("key").path("id").asString());
            assertThat(inbox.path("keyPrefix").asString()).isEqualTo(secret.substring(0, 11));
        });

        // a contact, a conversation, a message and its resend, the conversations, the history
        assertThat(calls(calls.get(2))).as(context).containsExactly("201 PUT /api/v1/channel/contacts/user-42",
                "201 POST /api/v1/channel/contacts/user-42/conversations",
                "201 POST /api/v1/channel/contacts/user-42/conversations/{id}/messages",
                "200 POST /api/v1/channel/contacts/user-42/conversations/{id}/messages",
                "200 GET /api/v1/channel/contacts/user-42/conversations",
                "200 GET /api/v1/channel/contacts/user-42/conversations/{id}/messages?after=0");
        var contactsOutput = outputs.get(2);
        assertThat(contactsOutput).as(context).hasSize(5);
        assertThat(contactsOutput.get(0).path("externalId").asString()).isEqualTo("user-42");
        assertThat(contactsOutput.get(0).path("displayName").asString()).isEqualTo("Ada Lovelace");
        JsonNode message = contactsOutput.get(1);
        JsonNode resend = contactsOutput.get(2);
        assertThat(message.path("body").asString()).isEqualTo("Where is my order?");
        assertThat(message.path("duplicate").asBoolean(true)).as("the first post").isFalse();
        assertThat(resend.path("duplicate").asBoolean(false)).as("the resend").isTrue();
        assertThat(resend.path("id").asString()).as("the resend answers the first message")
                .isEqualTo(message.path("id").asString());
        JsonNode conversations = contactsOutput.get(3).path("items");
        assertThat(conversations.size()).isEqualTo(1);
        assertThat(conversations.get(0).path("id").asString()).isEqualTo(message.path("conversationId").asString());
        var history = new ArrayList<JsonNode>();
        contactsOutput.get(4).path("items").forEach(history::add);
        assertThat(history).as("the history holds the message once, as the contact's")
                .filteredOn(m -> m.path("body").asString().equals("Where is my order?")).singleElement()
                .satisfies(m -> {
                    assertThat(m.path("id").asString()).isEqualTo(message.path("id").asString());
                    assertThat(m.path("author").path("kind").asString()).isEqualTo("VISITOR");
                });

        // a message by the app's own message id, and the same id again
        assertThat(calls(calls.get(3))).as(context).containsExactly("201 POST /api/v1/channel/messages",
                "200 POST /api/v1/channel/messages");
        var byMessageId = outputs.get(3);
        assertThat(byMessageId).as(context).hasSize(2);
        assertThat(byMessageId.get(0).path("duplicate").asBoolean(true)).isFalse();
        assertThat(byMessageId.get(0).path("body").asString()).isEqualTo("Hello?");
        assertThat(byMessageId.get(1).path("duplicate").asBoolean(false)).isTrue();
        assertThat(byMessageId.get(1).path("id").asString()).isEqualTo(byMessageId.get(0).path("id").asString());
        assertThat(byMessageId.get(1).path("conversationId").asString())
                .isEqualTo(byMessageId.get(0).path("conversationId").asString());

        // rotating, then revoking
        assertThat(calls(calls.get(4))).as(context).containsExactly("200 POST /api/v1/inboxes/{id}/api-keys/{id}/rotate",
                "200 GET /api/v1/channel/inbox", "200 DELETE /api/v1/inboxes/{id}/api-keys/{id}",
                "401 GET /api/v1/channel/inbox");
        var revoking = outputs.get(4);
        assertThat(revoking).as(context).hasSize(3);
        assertThat(revoking.get(0).path("keyPrefix").asString()).as("the rotated secret works")
                .startsWith("pk_").isNotEqualTo(secret.substring(0, 11));
        assertThat(revoking.get(1).path("revoked").asBoolean(false)).isTrue();
        assertThat(revoking.get(1).path("revokedAt").isMissingNode()).isFalse();
        assertThat(revoking.get(2).path("code").asString()).isEqualTo("channel.api-key-invalid");

        // every answer the page shows has only members the real answers of its example have
        for (var entry : answers.entrySet()) {
            for (var shown : entry.getValue()) {
                Set<String> shownPaths = paths(Rest.JSON.readTree(shown.text()), "");
                assertThat(outputs.get(entry.getKey())).as("channels.md line " + shown.line()
                        + ": an answer of the example above has every member shown " + shownPaths + context)
                        .anySatisfy(real -> assertThat(paths(real, "")).containsAll(shownPaths));
            }
        }
    }

    private static String setPlaceholders(String text, Map<String, String> values, Set<String> set) {
        var matcher = Pattern.compile("(?m)(?<![\\w$])(" + String.join("|", values.keySet()) + ")=('[^']*'|\\S+)")
                .matcher(text);
        var result = new StringBuilder();
        while (matcher.find()) {
            assertThat(set.add(matcher.group(1))).as(matcher.group(1) + " is set once").isTrue();
            matcher.appendReplacement(result, Matcher.quoteReplacement(matcher.group(1) + "='"
                    + values.get(matcher.group(1)) + "'"));
        }
        matcher.appendTail(result);
        return result.toString();
    }

    /** The text between the "@@ block i" markers, one section per block. */
    private static List<String> sections(String text, int count) {
        var sections = new ArrayList<String>();
        for (int i = 0; i < count; i++) {
            String marker = "@@ block " + i + "\n";
            int start = text.indexOf(marker);
            assertThat(start).as("block " + i + " ran:\n" + text).isNotNegative();
            int end = i + 1 < count ? text.indexOf("@@ block " + (i + 1) + "\n") : text.length();
            sections.add(text.substring(start + marker.length(), end < 0 ? text.length() : end));
        }
        return sections;
    }

    /** "status METHOD /path" of each call, ids replaced by {id}. */
    private List<String> calls(String stderr) {
        return stderr.lines().filter(l -> !l.isBlank())
                .map(l -> UUID_PATTERN.matcher(l.replace(parley.url(), "")).replaceAll("{id}")).toList();
    }

    private static List<JsonNode> jsonValues(String text) {
        var values = new ArrayList<JsonNode>();
        try (var iterator = Rest.JSON.readerFor(JsonNode.class).readValues(text)) {
            while (iterator.hasNext()) {
                values.add((JsonNode) iterator.next());
            }
        }
        return values;
    }

    private static JsonNode single(List<JsonNode> values, String context) {
        assertThat(values).as(context).hasSize(1);
        return values.getFirst();
    }

    private static Set<String> paths(JsonNode node, String prefix) {
        var paths = new TreeSet<String>();
        if (node.isObject()) {
            for (var member : node.properties()) {
                paths.add(prefix + member.getKey());
                paths.addAll(paths(member.getValue(), prefix + member.getKey() + "."));
            }
        } else if (node.isArray()) {
            node.forEach(element -> paths.addAll(paths(element, prefix + "[].")));
        }
        return paths;
    }

    // ---------------------------------------------------------------------------------------------------------
    // docs/webhooks.md

    /** One call of a verifier: its arguments and what it must answer. */
    record VerifyCase(String what, String secret, String id, String timestamp, String signature, byte[] body,
                      boolean expected) {}

    @Test
    void theJavaWebhookVerifierAcceptsParleysSignaturesAndRefusesOthers() throws Exception {
        var source = MarkdownExamples.only(MarkdownExamples.docs().resolve("webhooks.md"), "java").text();
        var imports = new StringBuilder();
        var members = new StringBuilder();
        source.lines().forEach(line -> (line.startsWith("import ") ? imports : members).append(line).append('\n'));
        Path dir = Files.createTempDirectory(WORK, "java-verifier-");
        Path file = dir.resolve("DocumentedVerifier.java");
        Files.writeString(file, imports + "\nfinal class DocumentedVerifier {\n" + members + "}\n");
        var compiler = ToolProvider.getSystemJavaCompiler();
        assertThat(compiler).as("a JDK runs the tests").isNotNull();
        var errors = new java.io.ByteArrayOutputStream();
        int exit = compiler.run(null, errors, errors, "-d", dir.toString(), file.toString());
        assertThat(exit).as("webhooks.md's Java example compiles:\n" + errors.toString(StandardCharsets.UTF_8))
                .isZero();
        try (var loader = new URLClassLoader(new java.net.URL[] {dir.toUri().toURL()}, null)) {
            var verify = loader.loadClass("DocumentedVerifier").getDeclaredMethod("verify", String.class,
                    String.class, String.class, String.class, byte[].class);
            verify.setAccessible(true);
            for (var c : cases()) {
                assertThat(verify.invoke(null, c.secret(), c.id(), c.timestamp(), c.signature(), c.body()))
                        .as("Java verify: " + c.what()).isEqualTo(c.expected());
            }
        }
    }

    @Test
    void theJavaScriptWebhookVerifierAcceptsParleysSignaturesAndRefusesOthers() throws Exception {
        requireCommand("node", "--version");
        var source = MarkdownExamples.only(MarkdownExamples.docs().resolve("webhooks.md"), "javascript").text();
        Path dir = Files.createTempDirectory(WORK, "js-verifier-");
        var input = Rest.JSON.createArrayNode();
        for (var c : cases()) {
            var headers = Rest.JSON.createObjectNode();
            if (c.id() != null) {
                headers.put("webhook-id", c.id());
            }
            if (c.timestamp() != null) {
                headers.put("webhook-timestamp", c.timestamp());
            }
            if (c.signature() != null) {
                headers.put("webhook-signature", c.signature());
            }
            input.addObject().put("secret", c.secret()).put("body", Base64.getEncoder().encodeToString(c.body()))
                    .set("headers", headers);
        }
        Files.writeString(dir.resolve("cases.json"), Rest.JSON.writeValueAsString(input));
        Path module = dir.resolve("verify.mjs");
        Files.writeString(module, source + """

                import fs from 'node:fs';
                const cases = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
                console.log(JSON.stringify(cases.map((c) => verify(c.secret, c.headers, Buffer.from(c.body, 'base64')))));
                """);
        var run = run(List.of("node", module.toString(), dir.resolve("cases.json").toString()), dir,
                Duration.ofSeconds(30));
        assertThat(run.exit()).as("webhooks.md's JavaScript example runs:\n" + run.stdout() + run.stderr()).isZero();
        JsonNode answers = Rest.JSON.readTree(run.stdout());
        var list = cases();
        assertThat(answers.size()).as(run.stdout()).isEqualTo(list.size());
        for (int i = 0; i < list.size(); i++) {
            assertThat(answers.get(i).isBoolean()).as("JavaScript verify answers a boolean: " + list.get(i).what())
                    .isTrue();
            assertThat(answers.get(i).asBoolean()).as("JavaScript verify: " + list.get(i).what())
                    .isEqualTo(list.get(i).expected());
        }
    }

    /**
     * Two real deliveries (before and after a secret rotation) and what a verifier must say of them and of
     * changed, stale or foreign-signed copies; made once for both verifiers.
     */
    private static synchronized List<VerifyCase> cases() throws Exception {
        if (cases != null) {
            return cases;
        }
        String admin = Rest.agentToken(parley.url());
        JsonNode endpoint = Rest.call("POST", parley.url() + "/api/v1/webhooks/endpoints", admin,
                Map.of("url", receiver.url(), "events", List.of("message.created")));
        String endpointId = endpoint.path("endpoint").path("id").asString();
        String firstSecret = endpoint.path("secret").asString();
        assertThat(firstSecret).startsWith("whsec_");

        String inbox = Rest.call("POST", parley.url() + "/api/v1/inboxes", admin,
                Map.of("name", "Webhook check", "channel", "API")).path("id").asString();
        String key = Rest.call("POST", parley.url() + "/api/v1/inboxes/" + inbox + "/api-keys", admin,
                Map.of("name", "check")).path("secret").asString();
        String contact = parley.url() + "/api/v1/channel/contacts/webhook-check";
        Rest.call("PUT", contact, key, Map.of());
        String conversation = Rest.call("POST", contact + "/conversations", key, null).path("id").asString();
        String messages = contact + "/conversations/" + conversation + "/messages";

        Rest.call("POST", messages, key, Map.of("idempotencyKey", "m-1", "body", "before the rotation"));
        var first = receiver.await("the first message's delivery", b -> b.contains("\"before the rotation\""));
        String secondSecret = Rest.call("POST", parley.url() + "/api/v1/webhooks/endpoints/" + endpointId
                + "/rotate-secret", admin, null).path("secret").asString();
        Rest.call("POST", messages, key, Map.of("idempotencyKey", "m-2", "body", "after the rotation"));
        var second = receiver.await("the second message's delivery", b -> b.contains("\"after the rotation\""));
        assertThat(first.signature().split(" ")).as("one signature before a rotation").hasSize(1);
        assertThat(second.signature().split(" ")).as("the new and the previous secret's signatures").hasSize(2);

        String stranger = "whsec_" + Base64.getEncoder().encodeToString(UUID.randomUUID().toString().getBytes());
        byte[] tampered = first.body().clone();
        tampered[tampered.length / 2] ^= 1;
        long now = Instant.now().getEpochSecond();
        String recent = Long.toString(now - 240);
        String stale = Long.toString(now - 360);
        String ahead = Long.toString(now + 360);
        byte[] body = "{\"type\":\"message.created\"}".getBytes(StandardCharsets.UTF_8);
        String valid = sign(stranger, "msg_1", recent, body);
        cases = List.of(
                new VerifyCase("a delivery, with its secret", firstSecret, first.id(), first.timestamp(),
                        first.signature(), first.body(), true),
                new VerifyCase("a delivery after a rotation, with the new secret", secondSecret, second.id(),
                        second.timestamp(), second.signature(), second.body(), true),
                new VerifyCase("a delivery after a rotation, with the previous secret", firstSecret, second.id(),
                        second.timestamp(), second.signature(), second.body(), true),
                new VerifyCase("a delivery before a rotation, with the new secret", secondSecret, first.id(),
                        first.timestamp(), first.signature(), first.body(), false),
                new VerifyCase("another secret", stranger, first.id(), first.timestamp(), first.signature(),
                        first.body(), false),
                new VerifyCase("a changed body", firstSecret, first.id(), first.timestamp(), first.signature(),
                        tampered, false),
                new VerifyCase("another webhook-id", firstSecret, first.id() + "x", first.timestamp(),
                        first.signature(), first.body(), false),
                new VerifyCase("another timestamp", firstSecret, first.id(),
                        Long.toString(Long.parseLong(first.timestamp()) - 1), first.signature(), first.body(), false),
                new VerifyCase("signed 4 minutes ago", stranger, "msg_1", recent, valid, body, true),
                new VerifyCase("signed 6 minutes ago", stranger, "msg_1", stale,
                        sign(stranger, "msg_1", stale, body), body, false),
                new VerifyCase("6 minutes ahead", stranger, "msg_1", ahead, sign(stranger, "msg_1", ahead, body),
                        body, false),
                new VerifyCase("a timestamp that is not a number", stranger, "msg_1", "soon",
                        sign(stranger, "msg_1", "soon", body), body, false),
                new VerifyCase("a malformed signature, then the right one", stranger, "msg_1", recent,
                        "v1,not*base64! v1,AAAA " + valid, body, true),
                new VerifyCase("the right signature under another version", stranger, "msg_1", recent,
                        valid.replace("v1,", "v2,"), body, false),
                new VerifyCase("no signature", stranger, "msg_1", recent, null, body, false),
                new VerifyCase("no timestamp", stranger, "msg_1", null, valid, body, false));
        return cases;
    }

    private static String sign(String secret, String id, String timestamp, byte[] body) throws Exception {
        var mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.substring("whsec_".length())), "HmacSHA256"));
        mac.update((id + "." + timestamp + ".").getBytes(StandardCharsets.UTF_8));
        return "v1," + Base64.getEncoder().encodeToString(mac.doFinal(body));
    }

    // ---------------------------------------------------------------------------------------------------------
    // the machine

    private record Run(int exit, String stdout, String stderr) {}

    private static Run run(List<String> command, Path directory, Duration timeout) {
        try {
            Path out = Files.createTempFile(WORK, "out-", ".txt");
            Path err = Files.createTempFile(WORK, "err-", ".txt");
            var builder = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
            if (directory != null) {
                builder.directory(directory.toFile());
            }
            Process process = builder.start();
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("timed out after " + timeout + ": " + command + "\n" + Files.readString(out)
                        + Files.readString(err));
            }
            return new Run(process.exitValue(), Files.readString(out), Files.readString(err));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Skips the tests without the command, or fails them under -Dparley.require-services=true. */
    private static void requireCommand(String... command) {
        String missing = null;
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!process.waitFor(20, TimeUnit.SECONDS) || process.exitValue() != 0) {
                missing = String.join(" ", command) + " did not answer";
            }
        } catch (IOException e) {
            missing = command[0] + " is not installed: " + e.getMessage();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        if (missing != null) {
            if (Boolean.getBoolean("parley.require-services")) {
                throw new IllegalStateException(missing + " (required because parley.require-services=true)");
            }
            Assumptions.abort(missing);
        }
    }

    private static void admin(String sql) {
        try (var connection = DriverManager.getConnection("jdbc:postgresql://" + SERVER + "/postgres", "postgres",
                null); var statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            String missing = "PostgreSQL at " + SERVER + " (user postgres, trust auth): " + e.getMessage();
            boolean unreachable = e.getSQLState() != null && e.getSQLState().startsWith("08");
            if (Boolean.getBoolean("parley.require-services") || !unreachable || !sql.startsWith("CREATE")) {
                throw new IllegalStateException(missing, e);
            }
            Assumptions.abort(missing);
        }
    }
}
