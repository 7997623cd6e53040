package io.parley.channel;

/** Where an inbox's conversations come from. */
public enum ChannelType {
    WEB_WIDGET, API, WECHAT, DINGTALK, FEISHU, WECHAT_MINI_PROGRAM
}
