package io.parley.conversation.application;

import io.parley.conversation.Actor;
import io.parley.conversation.ConversationMessaging;
import io.parley.conversation.ConversationView;
import io.parley.conversation.HistoryQuery;
import io.parley.conversation.MessageKind;
import io.parley.conversation.MessageView;
import io.parley.conversation.PostMessage;
import io.parley.conversation.Posted;
import io.parley.conversation.model.Conversation;
import io.parley.conversation.model.Message;
import io.parley.conversation.model.MessageBody;
import io.parley.conversation.port.Conversations;
import io.parley.conversation.port.Messages;
import io.parley.shared.ConversationId;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The message path: posts go to a {@link MessageWriter}, which locks the conversation row, drops a resend, numbers
 * and stores the message, commits (several posts per transaction under load), then notifies. The caller's
 * acknowledgement therefore always means "committed in PostgreSQL".
 */
@Service
class MessagingService implements ConversationMessaging {

    private final Conversations conversations;
    private final Messages messages;
    private final ConversationLoader loader;
    private final ConversationStarter starter;
    private final AuthorProfiles profiles;
    private final MessageWriter writer;
    private final TransactionTemplate transactions;

    MessagingService(Conversations conversations, Messages messages, ConversationLoader loader,
                     ConversationStarter starter, AuthorProfiles profiles, MessageWriter writer,
                     TransactionTemplate transactions) {
        this.conversations = conversations;
        this.messages = messages;
        this.loader = loader;
        this.starter = starter;
        this.profiles = profiles;
        this.writer = writer;
        this.transactions = transactions;
    }

    @Override
    public ConversationView start(Actor.Visitor visitor) {
        return starter.start(visitor);
    }

    @Override
    public Posted post(PostMessage command) {
        return writer.post(new PendingPost(command, new MessageBody(command.body())));
    }

    @Override
    public List<MessageView> history(Actor actor, ConversationId conversationId, HistoryQuery query) {
        return transactions.execute(status -> {
            Conversation conversation = loader.visible(actor, conversationId);
            boolean notes = actor instanceof Actor.Agent;
            List<Message> found = query.beforeSequence() != null
                    ? messages.before(conversation.workspaceId(), conversation.getId(), query.beforeSequence(),
                            query.limit(), notes)
                    : messages.after(conversation.workspaceId(), conversation.getId(), query.afterSequence(),
                            query.limit(), notes);
            List<MessageView> views = found.stream().filter(m -> notes || m.kind() != MessageKind.NOTE)
                    .sorted(Comparator.comparingLong(Message::sequence)).map(Views::of).toList();
            views = profiles.of(conversation.workspaceId(), conversation.inboxId(), views);
            return actor instanceof Actor.Visitor ? views.stream().map(MessageView::forVisitors).toList() : views;
        });
    }

    @Override
    public ConversationView get(Actor actor, ConversationId conversation) {
        return transactions.execute(status -> Views.of(loader.visible(actor, conversation)));
    }

    @Override
    public List<ConversationView> ofVisitor(Actor.Visitor visitor) {
        return transactions.execute(status -> conversations.findByVisitor(visitor.workspaceId(), visitor.visitorId())
                .stream().sorted(Comparator.comparing(Conversation::updatedAt).reversed()).map(Views::of).toList());
    }
}
