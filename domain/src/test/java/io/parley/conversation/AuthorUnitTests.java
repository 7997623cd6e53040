package io.parley.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parley.agent.Role;
import io.parley.shared.AgentId;
import io.parley.shared.InboxId;
import io.parley.shared.VisitorId;
import io.parley.shared.WorkspaceId;
import org.junit.jupiter.api.Test;

class AuthorUnitTests {

    @Test
    void visitorsAndAgentsNeedAnId() {
        assertThatThrownBy(() -> new Author(AuthorKind.VISITOR, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Author(AuthorKind.AGENT, null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void botAndSystemHaveNoId() {
        assertThat(Author.BOT.id()).isNull();
        assertThat(Author.SYSTEM.id()).isNull();
    }

    @Test
    void eachActorWritesAsItself() {
        var workspace = WorkspaceId.random();
        var visitor = VisitorId.random();
        var agent = AgentId.random();

        assertThat(new Actor.Visitor(workspace, InboxId.random(), visitor).author())
                .isEqualTo(new Author(AuthorKind.VISITOR, visitor.toString()));
        assertThat(new Actor.Agent(workspace, agent, Role.AGENT).author())
                .isEqualTo(new Author(AuthorKind.AGENT, agent.toString()));
        assertThat(new Actor.Bot(workspace).author()).isEqualTo(Author.BOT);
        assertThat(new Actor.System(workspace).author()).isEqualTo(Author.SYSTEM);
    }
}
