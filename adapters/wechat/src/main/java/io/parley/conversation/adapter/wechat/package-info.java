/**
 * WeChat Official Accounts as a channel: the account's server callbacks (URL verification, messages in plain,
 * compatible and safe mode) into {@link io.parley.conversation.ChannelInbound}, and agents' and the bot's replies out
 * as customer-service messages through {@link io.parley.conversation.ChannelSender}; and WeChat Mini Programs'
 * customer-service messages (pushed as JSON or XML), handled the same way. See docs/channels.md.
 */
@NullMarked
package io.parley.conversation.adapter.wechat;

import org.jspecify.annotations.NullMarked;
