package io.parley.channel;

import io.parley.shared.WorkspaceId;

public record CreateInbox(WorkspaceId workspace, String name, ChannelType channel, boolean botFirst) {}
