package io.parley.benchmarks.scenario;

import io.parley.benchmarks.ingest.IngestLedger;
import io.parley.benchmarks.ingest.StoreCheck;
import io.parley.benchmarks.target.ParleyRest;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.IntFunction;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An API-channel inbox made for one run, through REST as the admin: the inbox (answer mode HUMANS_ONLY, so that no
 * bot replies), its keys and its contacts, and the requests that post a contact's message on one of the two routes.
 */
final class ApiChannel {

    /** Which route the messages take; {@code BOTH} alternates them. */
    enum Route {
        MESSAGES, CONVERSATION, BOTH;

        static Route parse(String name) {
            return switch (name) {
                case "messages" -> MESSAGES;
                case "conversation" -> CONVERSATION;
                case "both" -> BOTH;
                default -> throw new IllegalArgumentException("--route " + name + ": messages, conversation or both");
            };
        }
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int SETUP_CONCURRENCY = 16;
    private static final int PAGE = 500;

    final URI base;
    final ParleyRest rest;
    final String adminToken;
    final String inboxId;
    final String run;
    final List<String> keys;
    final List<String> contacts;
    /** The conversation started for each contact in setup (routes CONVERSATION and BOTH), else empty. */
    final List<String> conversations;
    final Route route;

    private ApiChannel(URI base, ParleyRest rest, String adminToken, String inboxId, String run, List<String> keys,
                       List<String> contacts, List<String> conversations, Route route) {
        this.base = base;
        this.rest = rest;
        this.adminToken = adminToken;
        this.inboxId = inboxId;
        this.run = run;
        this.keys = keys;
        this.contacts = contacts;
        this.conversations = conversations;
        this.route = route;
    }

    static ApiChannel create(Common.ParleyAddress parley, int keyCount, int contactCount, Route route,
                             PrintStream out) {
        if (keyCount < 1 || contactCount < 1) {
            throw new IllegalArgumentException("--keys and --contacts must be at least 1");
        }
        var rest = new ParleyRest(parley.base());
        String admin = rest.login(parley.email(), parley.password());
        String run = "b" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36);
        String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss"));
        String inbox = rest.exchange("POST", "/api/v1/inboxes", admin,
                Map.of("name", "Benchmark " + stamp, "channel", "API", "answerMode", "HUMANS_ONLY"), 201)
                .path("id").asString();
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < keyCount; i++) {
            keys.add(rest.exchange("POST", "/api/v1/inboxes/" + inbox + "/api-keys", admin,
                    Map.of("name", "benchmark " + run + " " + i), 201).path("secret").asString());
        }
        List<String> contacts = new ArrayList<>();
        for (int i = 0; i < contactCount; i++) {
            contacts.add(run + "-user-" + i);
        }
        List<String> conversations = route == Route.MESSAGES ? List.of()
                : startConversations(rest, keys, contacts);
        out.printf("» API inbox %s with %d key(s), %d contact(s)%s%n", inbox, keys.size(), contacts.size(),
                conversations.isEmpty() ? " (conversations found by the server)" : ", a conversation each");
        return new ApiChannel(parley.base(), rest, admin, inbox, run, List.copyOf(keys), List.copyOf(contacts),
                conversations, route);
    }

    private static List<String> startConversations(ParleyRest rest, List<String> keys, List<String> contacts) {
        var inFlight = new Semaphore(SETUP_CONCURRENCY);
        List<CompletableFuture<String>> started = new ArrayList<>();
        try (var executor = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < contacts.size(); i++) {
                String key = keys.get(i % keys.size());
                String contact = contacts.get(i);
                inFlight.acquireUninterruptibly();
                var conversation = CompletableFuture.supplyAsync(() -> {
                    rest.exchange("PUT", "/api/v1/channel/contacts/" + contact, key, Map.of(), 201);
                    return rest.exchange("POST", "/api/v1/channel/contacts/" + contact + "/conversations", key,
                            null, 201).path("id").asString();
                }, executor);
                conversation.whenComplete((id, failure) -> inFlight.release());
                started.add(conversation);
            }
        }
        return started.stream().map(CompletableFuture::join).toList();
    }

    /** A new ledger for one phase: its message ids start with the run and the phase. */
    IngestLedger ledger(String phase) {
        return new IngestLedger(run + "-" + phase.replaceAll("[^A-Za-z0-9]", "") + "-");
    }

    /** The request that posts message k: contact k mod contacts, key k mod keys, the route's body. */
    IntFunction<HttpRequest> requests(IngestLedger ledger, int bodyBytes) {
        return index -> {
            int contact = index % contacts.size();
            String key = keys.get(index % keys.size());
            boolean conversationRoute = route == Route.CONVERSATION || (route == Route.BOTH && index % 2 == 1);
            String path;
            Map<String, String> body;
            if (conversationRoute) {
                path = "/api/v1/channel/contacts/" + contacts.get(contact) + "/conversations/"
                        + conversations.get(contact) + "/messages";
                body = Map.of("idempotencyKey", ledger.messageId(index), "body", ledger.body(index, bodyBytes));
            } else {
                path = "/api/v1/channel/messages";
                body = Map.of("externalId", contacts.get(contact), "messageId", ledger.messageId(index),
                        "body", ledger.body(index, bodyBytes));
            }
            return HttpRequest.newBuilder(base.resolve(path)).header("Authorization", "Bearer " + key)
                    .header("Content-Type", "application/json").header("Accept", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build();
        };
    }

    /**
     * Reads back every conversation of the run's contacts (each contact's list, and every conversation an answer
     * named) as the admin, and checks the acknowledged messages against what is stored.
     */
    StoreCheck check(Set<String> acknowledged, Set<String> answeredConversations) {
        Set<String> all = new LinkedHashSet<>(answeredConversations);
        all.addAll(conversations);
        for (int i = 0; i < contacts.size(); i++) {
            JsonNode list;
            try {
                list = rest.exchange("GET", "/api/v1/channel/contacts/" + contacts.get(i) + "/conversations",
                        keys.get(i % keys.size()), null, 200);
            } catch (IllegalStateException e) {
                if (e.getMessage() != null && e.getMessage().contains("answered 404")) {
                    continue; // a contact no message reached was never made
                }
                throw e;
            }
            for (JsonNode conversation : list.isArray() ? list : list.path("items")) {
                all.add(conversation.path("id").asString());
            }
        }
        List<String> stored = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String conversation : all) {
            if (conversation.isBlank() || !seen.add(conversation)) {
                continue;
            }
            long after = 0;
            while (true) {
                JsonNode page = rest.exchange("GET", "/api/v1/conversations/" + conversation + "/messages?after="
                        + after + "&limit=" + PAGE, adminToken, null, 200).path("items");
                for (JsonNode message : page) {
                    after = Math.max(after, message.path("sequence").asLong());
                    if (message.path("author").path("kind").asString("").equals("VISITOR")) {
                        String id = StoreCheck.idOf(message.path("body").asString(""), run + "-");
                        if (id != null) {
                            stored.add(id);
                        }
                    }
                }
                if (page.size() < PAGE) {
                    break;
                }
            }
        }
        return StoreCheck.of(acknowledged, stored);
    }
}
