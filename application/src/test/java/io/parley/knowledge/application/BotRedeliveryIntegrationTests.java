package io.parley.knowledge.application;

import static org.assertj.core.api.Assertions.assertThat;

import io.parley.conversation.Actor;
import io.parley.conversation.AuthorKind;
import io.parley.conversation.ConversationMessaging;
import io.parley.conversation.HistoryQuery;
import io.parley.conversation.VisitorWroteToBot;
import io.parley.knowledge.KnowledgeDesk;
import io.parley.shared.ConversationId;
import io.parley.shared.WorkspaceId;
import io.parley.testing.ParleyIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The event publication registry may deliver an event again after a crash: the bot must not answer twice. */
class BotRedeliveryIntegrationTests extends ParleyIntegrationTest {

    @Autowired
    BotResponder bot;

    @Autowired
    ConversationMessaging messaging;

    @Test
    void aRedeliveredVisitorMessageGetsNoSecondReply() {
        var desk = new KnowledgeDesk(client(), newTenant(), inboxes);
        desk.write("忘记密码怎么办？", "在登录页点击“忘记密码”，输入手机号获取验证码后即可重设密码。");
        var visit = desk.visit();
        desk.say(visit, "密码记不起来了");
        assertThat(KnowledgeDesk.botReplies(desk.awaitBotReplies(visit, 1, KnowledgeDesk.PATIENCE))).hasSize(1);
        var workspace = WorkspaceId.parse(desk.tenant().workspaceId());
        var conversation = ConversationId.parse(visit.conversationId());
        var asked = messaging.history(new Actor.Bot(workspace), conversation, new HistoryQuery(0, null, 10)).stream()
                .filter(m -> m.author().kind() == AuthorKind.VISITOR).findFirst().orElseThrow();

        var again = new VisitorWroteToBot(workspace, conversation, asked.id(), asked.sequence(), asked.body(),
                asked.createdAt());
        bot.on(again);
        bot.on(again);

        assertThat(KnowledgeDesk.botReplies(desk.messages(visit))).hasSize(1);
    }
}
