package io.parley.agent;

import java.time.Instant;

public record SignedIn(String token, Instant expiresAt, AgentView agent) {}
