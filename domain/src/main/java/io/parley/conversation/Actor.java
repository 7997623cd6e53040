package io.parley.conversation;

import io.parley.agent.Role;
import io.parley.shared.AgentId;
import io.parley.shared.InboxId;
import io.parley.shared.VisitorId;
import io.parley.shared.WorkspaceId;

/** Who is acting on a conversation, as established by an adapter after authentication. */
public sealed interface Actor {

    WorkspaceId workspaceId();

    Author author();

    record Visitor(WorkspaceId workspaceId, InboxId inboxId, VisitorId visitorId) implements Actor {
        @Override
        public Author author() {
            return new Author(AuthorKind.VISITOR, visitorId.toString());
        }
    }

    record Agent(WorkspaceId workspaceId, AgentId agentId, Role role) implements Actor {
        @Override
        public Author author() {
            return new Author(AuthorKind.AGENT, agentId.toString());
        }
    }

    record Bot(WorkspaceId workspaceId) implements Actor {
        @Override
        public Author author() {
            return Author.BOT;
        }
    }

    record System(WorkspaceId workspaceId) implements Actor {
        @Override
        public Author author() {
            return Author.SYSTEM;
        }
    }
}
