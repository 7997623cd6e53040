package io.parley.knowledge.application;

import io.parley.conversation.BotDraftPiece;
import io.parley.conversation.ConversationNotifications;
import io.parley.conversation.ConversationView;
import io.parley.knowledge.AnswerDraft;

/**
 * A bot answer being written, shown live to the conversation's visitor and the workspace's agents. Pieces are not
 * stored: the finished answer is posted as an ordinary message whose client message id is the draft id, then
 * {@link #finish} tells clients to drop the draft.
 */
final class LiveBotDraft implements AnswerDraft {

    private final ConversationNotifications notifications;
    private final ConversationView conversation;
    private final String draftId;
    private boolean started;

    LiveBotDraft(ConversationNotifications notifications, ConversationView conversation, String draftId) {
        this.notifications = notifications;
        this.conversation = conversation;
        this.draftId = draftId;
    }

    @Override
    public void append(String delta) {
        if (!delta.isEmpty()) {
            started = true;
            push(delta, false, false);
        }
    }

    @Override
    public void restart() {
        if (started) {
            push("", true, false);
        }
    }

    /** Only drafts that showed something are closed: answers quoted from an entry never open one. */
    void finish() {
        if (started) {
            push("", false, true);
        }
    }

    private void push(String delta, boolean restart, boolean done) {
        notifications.botDrafted(new BotDraftPiece(conversation.workspaceId(), conversation.visitorId(),
                conversation.id(), draftId, delta, restart, done));
    }
}
