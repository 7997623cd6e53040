package io.parley.conversation.adapter.wechat;

import io.parley.channel.ChannelAccessTokens;
import io.parley.channel.ChannelSettingsAdministration;
import io.parley.channel.ChannelType;
import io.parley.shared.OutboundPolicy;
import java.time.Clock;
import org.springframework.stereotype.Component;

/**
 * Replies in a WeChat Mini Program inbox go to the user as customer-service text messages, exactly as an Official
 * Account's do ({@link WeChatSender}): the same API, the same cluster-shared access_token (fetched with the Mini
 * Program's appId and appSecret) and the same outcomes, 45015 (more than 48 hours since the user's last message)
 * failing for good.
 */
@Component
class WeChatMiniProgramSender extends WeChatSender {

    WeChatMiniProgramSender(ChannelSettingsAdministration settings, ChannelAccessTokens tokens, OutboundPolicy policy,
                            Clock clock) {
        super(ChannelType.WECHAT_MINI_PROGRAM, settings, tokens, policy, clock);
    }
}
