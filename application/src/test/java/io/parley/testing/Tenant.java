package io.parley.testing;

/** A workspace made for one test: its admin's token, and the key of its web-widget inbox. */
public record Tenant(String workspaceId, String adminEmail, String adminToken, String widgetKey, String inboxId,
                     String origin) {}
