/**
 * The DingTalk channel: an enterprise internal app's robot. Its HTTP callbacks come in through
 * {@link io.parley.conversation.adapter.dingtalk.DingTalkCallbackController} (signed with the app secret), replies go
 * out through {@link io.parley.conversation.adapter.dingtalk.DingTalkSender}: the conversation's session webhook while
 * DingTalk keeps it valid, the robot API after that. See docs/channels.md.
 */
@NullMarked
package io.parley.conversation.adapter.dingtalk;

import org.jspecify.annotations.NullMarked;
