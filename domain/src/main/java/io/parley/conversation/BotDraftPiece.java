package io.parley.conversation;

import io.parley.shared.ConversationId;
import io.parley.shared.VisitorId;
import io.parley.shared.WorkspaceId;

/**
 * A piece of a bot answer still being written, for live display only: never stored, never replayed. The stored answer
 * arrives later as an ordinary message whose client message id is {@code draftId}.
 *
 * @param textDelta text to append to what was shown
 * @param restart   drop what was shown first (the writer failed over and starts again)
 * @param done      the draft is over: drop it, the stored message (if any) replaces it
 */
public record BotDraftPiece(WorkspaceId workspaceId, VisitorId visitorId, ConversationId conversationId,
                            String draftId, String textDelta, boolean restart, boolean done) {}
