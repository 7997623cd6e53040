package io.parley.channel;

import io.parley.shared.WorkspaceId;

public record CreateInbox(WorkspaceId workspace, String name, ChannelType channel, AnswerMode answerMode) {

    /** {@code botFirst} as before answer modes: the bot answers as configured (LLM mode), or humans only. */
    public CreateInbox(WorkspaceId workspace, String name, ChannelType channel, boolean botFirst) {
        this(workspace, name, channel, AnswerMode.ofBotFirst(botFirst));
    }

    public boolean botFirst() {
        return answerMode.botFirst();
    }
}
