package io.parley.conversation;

import io.parley.shared.InboxId;
import io.parley.shared.WorkspaceId;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A message that arrived through a channel: who sent it, as the channel knows them, and the channel's own id for it.
 *
 * @param inbox             the inbox of the channel it arrived on (an adapter knows which inbox its callback serves)
 * @param externalUserId    the sender's id on the channel (an OpenID, a DingTalk staff id, an integrator's user id)
 * @param displayName       the sender's name on the channel, when it gives one
 * @param platformMessageId the channel's id of the message: a second arrival with the same id stores nothing
 * @param body              the text
 */
public record ChannelMessage(WorkspaceId workspace, InboxId inbox, String externalUserId, @Nullable String displayName,
                             String platformMessageId, String body) {

    public ChannelMessage {
        Objects.requireNonNull(workspace);
        Objects.requireNonNull(inbox);
        Objects.requireNonNull(externalUserId);
        Objects.requireNonNull(body);
        if (platformMessageId == null || platformMessageId.isBlank() || platformMessageId.length() > 256) {
            throw io.parley.shared.DomainException.invalid("channel.invalid-message-id",
                    "a channel's message id needs 1 to 256 characters");
        }
    }
}
