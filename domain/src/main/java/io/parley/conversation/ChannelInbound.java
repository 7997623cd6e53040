package io.parley.conversation;

import org.jmolecules.architecture.hexagonal.PrimaryPort;

/**
 * The one way in for every channel: a message from a channel's user becomes a message of a conversation in the
 * channel's inbox. The sender is the inbox's contact for their external user id (a visitor, made the first time);
 * the message goes to the contact's conversation that is still open, or reopens their resolved one within the inbox's
 * reopen window, or starts a new one; from there the bot, hand-over, assignment, notes and history work as for the
 * web widget. A message whose platform id the inbox has met before stores nothing and answers the first one,
 * whichever node it reaches.
 */
@PrimaryPort
public interface ChannelInbound {

    /**
     * Stores the message and returns once it is committed; {@code duplicate} when the inbox had the platform id
     * already. {@code visitor.invalid-external-id}, {@code message.empty}, {@code message.too-long} and
     * {@code channel.inbox-disabled} as for the other ways in.
     */
    Posted receive(ChannelMessage message);
}
