package io.parley.channel;

import io.parley.shared.WebhookSecret;

/** Where an API inbox's replies are POSTed, and the secret they are signed with. */
public record ApiCallbackTarget(String url, WebhookSecret secret) {}
