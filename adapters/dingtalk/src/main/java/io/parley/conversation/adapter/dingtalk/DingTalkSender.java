package io.parley.conversation.adapter.dingtalk;

import io.parley.channel.ChannelAccessTokens;
import io.parley.channel.ChannelSettings;
import io.parley.channel.ChannelSettingsAdministration;
import io.parley.channel.ChannelType;
import io.parley.conversation.ChannelSender;
import io.parley.conversation.OutgoingMessage;
import io.parley.conversation.SendOutcome;
import io.parley.shared.DomainException;
import io.parley.shared.InboxId;
import io.parley.shared.Json;
import io.parley.shared.WorkspaceId;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * Replies in DingTalk inboxes (docs/channels.md). While the chat's latest session webhook is valid the reply is POSTed
 * there as a text message; after that (or when DingTalk refuses the webhook) it goes through the robot API: to the
 * user by staff id ({@code /v1.0/robot/oToMessages/batchSend}) or to the group ({@code /v1.0/robot/groupMessages/send})
 * with the app's access token, fetched once for the cluster and fetched again when DingTalk refuses it.
 */
@Component
class DingTalkSender implements ChannelSender {

    static final String ACCESS_TOKEN = "accessToken";
    static final Duration TOKEN_MARGIN = Duration.ofMinutes(5);
    /** The session webhook's "sending too fast" answers. */
    private static final Set<Long> WEBHOOK_THROTTLED = Set.of(130101L, 130102L);

    private final ChannelSettingsAdministration settings;
    private final ChannelAccessTokens tokens;
    private final DingTalkSessions sessions;
    private final DingTalkApi api;
    private final Clock clock;

    DingTalkSender(ChannelSettingsAdministration settings, ChannelAccessTokens tokens, DingTalkSessions sessions,
                   DingTalkApi api, Clock clock) {
        this.settings = settings;
        this.tokens = tokens;
        this.sessions = sessions;
        this.api = api;
        this.clock = clock;
    }

    @Override
    public ChannelType channel() {
        return ChannelType.DINGTALK;
    }

    @Override
    public boolean delivers(WorkspaceId workspace, InboxId inbox) {
        return settings.forAdapter(inbox, ChannelType.DINGTALK).filter(s -> s.workspace().equals(workspace))
                .isPresent();
    }

    @Override
    public SendOutcome send(OutgoingMessage message, String externalUserId, int attempt) {
        Optional<ChannelSettings> found = settings.forAdapter(message.inbox(), ChannelType.DINGTALK);
        if (found.isEmpty()) {
            return SendOutcome.Failed.permanentFailure("The inbox is no enabled DingTalk inbox any more.");
        }
        DingTalkSettings app;
        try {
            app = DingTalkSettings.of(found.get());
        } catch (DomainException missing) {
            return SendOutcome.Failed.permanentFailure("The inbox's DingTalk settings are incomplete: "
                    + missing.getMessage());
        }
        try {
            Optional<SendOutcome> bySession = sessionWebhook(message, externalUserId, app);
            return bySession.isPresent() ? bySession.get() : robotApi(message, externalUserId, app);
        } catch (DingTalkApi.Unanswered unanswered) {
            return SendOutcome.Failed.transientFailure(unanswered.getMessage());
        } catch (Refused refused) {
            return refused.failure;
        } catch (DingTalkApi.GuardRefused refused) {
            return SendOutcome.Failed.permanentFailure(refused.getMessage());
        }
    }

    /** The reply through the chat's session webhook, or nothing when there is none (any more) to use. */
    private Optional<SendOutcome> sessionWebhook(OutgoingMessage message, String externalUserId, DingTalkSettings app)
            throws DingTalkApi.Unanswered {
        Optional<String> webhook = sessions.current(message.inbox(), externalUserId);
        if (webhook.isEmpty()) {
            return Optional.empty();
        }
        if (!DingTalkSettings.allowedSessionWebhook(webhook.get(), app.apiBase(), app.sessionWebhookHost())) {
            sessions.forget(message.inbox(), externalUserId);
            return Optional.empty();
        }
        var text = Json.object();
        text.put("content", message.body());
        var body = Json.object();
        body.put("msgtype", "text");
        body.put("text", text);
        DingTalkApi.Answer answer = api.post(webhook.get(), Map.of(), body);
        long errcode = answer.body().path("errcode").asLong(0);
        if (answer.ok() && errcode == 0) {
            return Optional.of(new SendOutcome.Sent(null));
        }
        if (answer.status() == 429 || answer.status() >= 500 || WEBHOOK_THROTTLED.contains(errcode)) {
            return Optional.of(answer.failure().permanent()
                    ? SendOutcome.Failed.transientFailure(answer.reason()) : answer.failure());
        }
        // the webhook has ended or DingTalk refuses it: the robot API may still reach the chat
        sessions.forget(message.inbox(), externalUserId);
        return Optional.empty();
    }

    private SendOutcome robotApi(OutgoingMessage message, String externalUserId, DingTalkSettings app)
            throws DingTalkApi.Unanswered {
        var param = Json.object();
        param.put("content", message.body());
        var body = Json.object();
        body.put("robotCode", app.robotCode());
        body.put("msgKey", "sampleText");
        body.put("msgParam", Json.write(param));
        String path;
        Optional<String> group = DingTalkContact.openConversationId(externalUserId);
        if (group.isPresent()) {
            path = "/v1.0/robot/groupMessages/send";
            body.put("openConversationId", group.get());
        } else if (DingTalkContact.hasStaffId(externalUserId)) {
            path = "/v1.0/robot/oToMessages/batchSend";
            body.put("userIds", List.of(externalUserId));
        } else {
            return SendOutcome.Failed.permanentFailure("The chat's session webhook has ended, and DingTalk's robot"
                    + " API needs a staff id that this user does not have.");
        }
        DingTalkApi.Answer answer = api.post(app.apiBase() + path,
                Map.of("x-acs-dingtalk-access-token", accessToken(message.inbox(), app)), body);
        if (!answer.ok() && answer.tokenRefused()) {
            tokens.invalidate(message.inbox(), ACCESS_TOKEN);
            answer = api.post(app.apiBase() + path,
                    Map.of("x-acs-dingtalk-access-token", accessToken(message.inbox(), app)), body);
        }
        if (!answer.ok()) {
            return answer.failure();
        }
        if (contains(answer.body().path("invalidStaffIdList"), externalUserId)) {
            return SendOutcome.Failed.permanentFailure("DingTalk refused the staff id " + externalUserId
                    + " (invalidStaffIdList)");
        }
        if (contains(answer.body().path("flowControlledStaffIdList"), externalUserId)) {
            return SendOutcome.Failed.transientFailure("DingTalk is limiting messages to " + externalUserId
                    + " (flowControlledStaffIdList)");
        }
        String key = answer.body().path("processQueryKey").asString("");
        return new SendOutcome.Sent(key.isEmpty() ? null : key);
    }

    private String accessToken(InboxId inbox, DingTalkSettings app) {
        return tokens.token(inbox, ACCESS_TOKEN, TOKEN_MARGIN, () -> {
            var body = Json.object();
            body.put("appKey", app.appKey());
            body.put("appSecret", app.appSecret());
            DingTalkApi.Answer answer;
            try {
                answer = api.post(app.apiBase() + "/v1.0/oauth2/accessToken", Map.of(), body);
            } catch (DingTalkApi.Unanswered unanswered) {
                throw new Refused(SendOutcome.Failed.transientFailure(unanswered.getMessage()));
            }
            String token = answer.body().path("accessToken").asString("");
            long expireIn = answer.body().path("expireIn").asLong(0);
            if (!answer.ok() || token.isEmpty() || expireIn <= 0) {
                SendOutcome.Failed failed = answer.failure();
                throw new Refused(new SendOutcome.Failed("Getting the access token: " + failed.reason(),
                        failed.permanent() && answer.status() != 200, failed.retryAfter()));
            }
            return new ChannelAccessTokens.Issued(token, clock.instant().plusSeconds(expireIn));
        });
    }

    private static boolean contains(JsonNode list, String value) {
        for (JsonNode item : list) {
            if (value.equals(item.asString(""))) {
                return true;
            }
        }
        return false;
    }

    /** A refusal while getting the access token, carried out of the token's fetch. */
    private static final class Refused extends RuntimeException {
        private final SendOutcome.Failed failure;

        Refused(SendOutcome.Failed failure) {
            super(failure.reason(), null, false, false);
            this.failure = failure;
        }
    }
}
