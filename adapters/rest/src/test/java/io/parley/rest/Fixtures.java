package io.parley.rest;

import io.parley.shared.AgentId;
import io.parley.shared.InboxId;
import io.parley.shared.VisitorId;
import io.parley.shared.WorkspaceId;
import java.time.Instant;
import java.util.UUID;

/** The fixed world the fakes answer from. */
final class Fixtures {

    static final Instant NOW = Instant.parse("2025-06-01T10:00:00Z");
    static final WorkspaceId WORKSPACE = new WorkspaceId(UUID.fromString("00000000-0000-4000-8000-000000000001"));
    static final InboxId INBOX = new InboxId(UUID.fromString("00000000-0000-4000-8000-000000000002"));
    static final InboxId BROKEN_INBOX = new InboxId(UUID.fromString("00000000-0000-4000-8000-0000000000ff"));
    static final VisitorId VISITOR = new VisitorId(UUID.fromString("00000000-0000-4000-8000-000000000003"));

    static final AgentId ADMIN = new AgentId(UUID.fromString("00000000-0000-4000-8000-00000000000a"));
    static final String ADMIN_EMAIL = "admin@example.com";
    static final String ADMIN_PASSWORD = "correct horse battery";
    static final String ADMIN_TOKEN = "pt_admin-token";

    static final AgentId AGENT = new AgentId(UUID.fromString("00000000-0000-4000-8000-00000000000b"));
    static final String AGENT_TOKEN = "pt_agent-token";

    static final String VISITOR_TOKEN = "v1.visitor.token";
    static final String WIDGET_KEY = "wk_0123456789abcdef01234567";
    static final String REFUSED_ORIGIN = "https://elsewhere.example";
    /** An internal detail that must never reach a response. */
    static final String SECRET_FAILURE = "connection to db-7 refused for user parley";

    private Fixtures() {}
}
