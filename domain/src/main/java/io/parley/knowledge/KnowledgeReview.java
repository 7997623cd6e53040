package io.parley.knowledge;

import io.parley.conversation.Actor;
import io.parley.shared.ConversationId;
import io.parley.shared.MessageId;
import io.parley.shared.WorkspaceId;
import java.util.List;
import java.util.UUID;
import org.jmolecules.architecture.hexagonal.PrimaryPort;

/** Learning from conversations: questions the bot could not answer, replies agents can reuse and turn into entries. */
@PrimaryPort
public interface KnowledgeReview {

    /** Questions handed over for low confidence and not yet dismissed, newest first. */
    List<UnansweredQuestion> unanswered(WorkspaceId workspace);

    /** Takes a question off the list; {@code knowledge.unanswered-not-found} when it is not (or no longer) there. */
    void dismiss(WorkspaceId workspace, UUID question);

    /** Entries that may answer the visitor's latest text message in the conversation, best first. */
    List<Suggestion> suggestions(Actor.Agent agent, ConversationId conversation);

    /**
     * A disabled entry made from an agent's reply, with the visitor's message before it as the question; an
     * administrator reviews and enables it. {@code knowledge.not-a-reply} for anything but an agent's text message.
     */
    KnowledgeEntryView draftFromReply(Actor.Agent agent, ConversationId conversation, MessageId reply);
}
