package io.parley.conversation;

import io.parley.channel.ChannelType;
import io.parley.shared.InboxId;
import io.parley.shared.WorkspaceId;
import org.jmolecules.architecture.hexagonal.SecondaryPort;

/**
 * The way out for a channel: what a channel adapter implements so that agents' and the bot's replies in its inboxes'
 * conversations reach the visitor on the channel. Parley records a delivery for each such reply in the transaction
 * that stores it, then calls {@link #send} (again after a failure, on a schedule) from whichever node claims it, and
 * shows agents the outcome next to the message.
 */
@SecondaryPort
public interface ChannelSender {

    /** The channel this sender serves. */
    ChannelType channel();

    /**
     * Whether replies in the inbox go out through this sender (an API inbox does only when it has a callback URL).
     * Asked for every reply stored in an inbox of {@link #channel()}: keep it cheap (cache).
     */
    boolean delivers(WorkspaceId workspace, InboxId inbox);

    /**
     * One attempt to send the reply to {@code externalUserId}, the visitor's id on the channel. Never throws for what
     * the channel answers: a refusal is a {@link SendOutcome.Failed} with the channel's reason, permanent when another
     * attempt cannot succeed.
     */
    SendOutcome send(OutgoingMessage message, String externalUserId, int attempt);
}
