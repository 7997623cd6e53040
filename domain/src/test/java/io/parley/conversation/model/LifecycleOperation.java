package io.parley.conversation.model;

import static io.parley.conversation.model.ConversationFixtures.ADA;
import static io.parley.conversation.model.ConversationFixtures.BOB;
import static io.parley.conversation.model.ConversationFixtures.CYD;
import static io.parley.conversation.model.ConversationFixtures.body;
import static io.parley.conversation.model.ConversationFixtures.clientId;
import static io.parley.shared.Trials.oneOf;

import io.parley.conversation.Author;
import io.parley.conversation.AuthorKind;
import io.parley.conversation.ConversationStatus;
import io.parley.conversation.MessageKind;
import io.parley.shared.AgentId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.jspecify.annotations.Nullable;

/**
 * One thing that can happen to a conversation, with the rule for when it is allowed and what it leads to, written
 * independently of {@link Conversation} so that properties can compare the two.
 */
sealed interface LifecycleOperation {

    /** What a conversation's lifecycle is at one moment. */
    record State(ConversationStatus status, @Nullable AgentId assignee, long lastSequence) {

        static State of(Conversation conversation) {
            return new State(conversation.status(), conversation.assignee(), conversation.lastSequence());
        }

        /** The only combinations a conversation may be in: a human has it exactly when it is assigned, until resolved. */
        boolean isLegal() {
            return switch (status) {
                case BOT, WAITING -> assignee == null;
                case ASSIGNED -> assignee != null;
                case RESOLVED -> true;
            };
        }
    }

    /** Applies the operation; the message for a post, else null. */
    @Nullable Message apply(Conversation conversation, Instant now);

    boolean allowedIn(State state);

    /** The state afterwards, for an operation allowed in {@code state}. */
    State after(State state);

    record Post(Author author, MessageKind kind) implements LifecycleOperation {
        @Override
        public Message apply(Conversation conversation, Instant now) {
            return conversation.post(author, kind, body("message"), clientId(), now);
        }

        @Override
        public boolean allowedIn(State state) {
            return state.status() != ConversationStatus.RESOLVED
                    && (kind != MessageKind.NOTE || author.kind() == AuthorKind.AGENT)
                    && (author.kind() != AuthorKind.BOT || state.status() == ConversationStatus.BOT);
        }

        @Override
        public State after(State state) {
            boolean takes = author.kind() == AuthorKind.AGENT && kind == MessageKind.TEXT && state.assignee() == null;
            return takes
                    ? new State(ConversationStatus.ASSIGNED, AgentId.parse(author.id()), state.lastSequence() + 1)
                    : new State(state.status(), state.assignee(), state.lastSequence() + 1);
        }
    }

    record Assign(AgentId agent) implements LifecycleOperation {
        @Override
        public @Nullable Message apply(Conversation conversation, Instant now) {
            conversation.assignTo(agent, now);
            return null;
        }

        @Override
        public boolean allowedIn(State state) {
            return state.status() != ConversationStatus.RESOLVED;
        }

        @Override
        public State after(State state) {
            return new State(ConversationStatus.ASSIGNED, agent, state.lastSequence());
        }
    }

    record HandOver() implements LifecycleOperation {
        @Override
        public @Nullable Message apply(Conversation conversation, Instant now) {
            conversation.handOver("visitor asked for a person", now);
            return null;
        }

        @Override
        public boolean allowedIn(State state) {
            return state.status() == ConversationStatus.BOT;
        }

        @Override
        public State after(State state) {
            return new State(ConversationStatus.WAITING, state.assignee(), state.lastSequence());
        }
    }

    record Resolve(Author by) implements LifecycleOperation {
        @Override
        public @Nullable Message apply(Conversation conversation, Instant now) {
            conversation.resolve(by, now);
            return null;
        }

        @Override
        public boolean allowedIn(State state) {
            return state.status() != ConversationStatus.RESOLVED;
        }

        @Override
        public State after(State state) {
            return new State(ConversationStatus.RESOLVED, state.assignee(), state.lastSequence());
        }
    }

    record Reopen(Author by) implements LifecycleOperation {
        @Override
        public @Nullable Message apply(Conversation conversation, Instant now) {
            conversation.reopen(by, now);
            return null;
        }

        @Override
        public boolean allowedIn(State state) {
            return state.status() == ConversationStatus.RESOLVED;
        }

        @Override
        public State after(State state) {
            var status = state.assignee() != null ? ConversationStatus.ASSIGNED : ConversationStatus.WAITING;
            return new State(status, state.assignee(), state.lastSequence());
        }
    }

    /** Up to 60 operations; {@code postShare} of them posts by anyone, the rest lifecycle changes. */
    static List<LifecycleOperation> script(SplittableRandom random, double postShare) {
        var operations = new ArrayList<LifecycleOperation>();
        int count = random.nextInt(1, 61);
        for (int i = 0; i < count; i++) {
            operations.add(random.nextDouble() < postShare ? post(random) : change(random));
        }
        return operations;
    }

    private static LifecycleOperation post(SplittableRandom random) {
        var author = switch (random.nextInt(6)) {
            case 0, 1 -> ConversationFixtures.visitor();
            case 2 -> ConversationFixtures.agent(agent(random));
            case 3 -> Author.BOT;
            case 4 -> Author.SYSTEM;
            default -> ConversationFixtures.agent(ADA);
        };
        return new Post(author, random.nextInt(4) == 0 ? MessageKind.NOTE : MessageKind.TEXT);
    }

    private static LifecycleOperation change(SplittableRandom random) {
        return switch (random.nextInt(4)) {
            case 0 -> new Assign(agent(random));
            case 1 -> new HandOver();
            case 2 -> new Resolve(oneOf(random, Author.SYSTEM, Author.BOT, ConversationFixtures.agent(ADA)));
            default -> new Reopen(oneOf(random, Author.SYSTEM, ConversationFixtures.agent(BOB)));
        };
    }

    private static AgentId agent(SplittableRandom random) {
        return oneOf(random, ADA, BOB, CYD);
    }
}
